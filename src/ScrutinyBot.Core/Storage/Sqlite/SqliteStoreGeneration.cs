using System.Globalization;

namespace ScrutinyBot.Core.Storage.Sqlite;

/// <summary>Reads the store_generation row, which triggers on the documents table bump inside every save and forget
/// transaction, so a change made by another process sharing the file is seen too.</summary>
public sealed class SqliteStoreGeneration(SqliteConnectionFactory connections) : IStoreGeneration
{
    public async Task<long> CurrentAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM store_generation WHERE id = 1";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) ?? 0L, CultureInfo.InvariantCulture);
    }
}
