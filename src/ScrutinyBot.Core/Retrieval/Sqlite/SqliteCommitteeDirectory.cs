using Microsoft.Data.Sqlite;
using ScrutinyBot.Core.Storage;
using ScrutinyBot.Core.Storage.Sqlite;

namespace ScrutinyBot.Core.Retrieval.Sqlite;

/// <summary>The committee names the store knows, from documents and meetings; read again only when the store's
/// documents change.</summary>
public sealed class SqliteCommitteeDirectory : ICommitteeDirectory
{
    private readonly SqliteConnectionFactory _connections;
    private readonly StoreSnapshotCache<IReadOnlyList<string>> _cache;

    public SqliteCommitteeDirectory(SqliteConnectionFactory connections, IStoreGeneration generation)
    {
        _connections = connections;
        _cache = new StoreSnapshotCache<IReadOnlyList<string>>(generation, ReadAsync);
    }

    public Task<IReadOnlyList<string>> CommitteesAsync(CancellationToken cancellationToken) => _cache.GetAsync(cancellationToken);

    private async Task<IReadOnlyList<string>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT committee FROM documents WHERE committee IS NOT NULL AND committee <> ''
            UNION SELECT committee FROM meetings WHERE committee IS NOT NULL AND committee <> ''
            """;
        var names = new List<string>();
        await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
