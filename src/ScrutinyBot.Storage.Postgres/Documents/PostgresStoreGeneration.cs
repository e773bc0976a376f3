using System.Globalization;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Storage.Postgres.Documents;

/// <summary>Reads the store_generation row, which a statement trigger on documents bumps inside every save and forget
/// (and the vector store bumps after writing vectors), so every instance sees new papers without a restart.</summary>
public sealed class PostgresStoreGeneration(PostgresDatabase database) : IStoreGeneration
{
    public async Task<long> CurrentAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, null, "SELECT value FROM store_generation WHERE id = 1");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) ?? 0L, CultureInfo.InvariantCulture);
    }
}
