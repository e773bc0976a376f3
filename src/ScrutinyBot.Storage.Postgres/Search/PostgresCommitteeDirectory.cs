using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Storage.Postgres.Search;

/// <summary>The committee names of the PostgreSQL store (<see cref="StoreCommitteeDirectory"/> over PostgreSQL).</summary>
public sealed class PostgresCommitteeDirectory(PostgresDatabase database, IStoreGeneration generation) : ICommitteeDirectory
{
    private readonly StoreCommitteeDirectory _directory = new(generation, async (sql, cancellationToken) =>
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, null, sql);
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    });

    public Task<IReadOnlyList<string>> CommitteesAsync(CancellationToken cancellationToken) => _directory.CommitteesAsync(cancellationToken);
}
