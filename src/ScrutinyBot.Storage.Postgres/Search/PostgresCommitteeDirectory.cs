using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Storage.Postgres.Search;

/// <summary>The committee names the store knows, from documents and meetings; read again only when the store's
/// documents change.</summary>
public sealed class PostgresCommitteeDirectory : ICommitteeDirectory
{
    private readonly PostgresDatabase _database;
    private readonly StoreSnapshotCache<IReadOnlyList<string>> _cache;

    public PostgresCommitteeDirectory(PostgresDatabase database, IStoreGeneration generation)
    {
        _database = database;
        _cache = new StoreSnapshotCache<IReadOnlyList<string>>(generation, ReadAsync);
    }

    public Task<IReadOnlyList<string>> CommitteesAsync(CancellationToken cancellationToken) => _cache.GetAsync(cancellationToken);

    private async Task<IReadOnlyList<string>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, null, """
            SELECT committee FROM documents WHERE committee IS NOT NULL AND committee <> ''
            UNION SELECT committee FROM meetings WHERE committee IS NOT NULL AND committee <> ''
            """);
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
