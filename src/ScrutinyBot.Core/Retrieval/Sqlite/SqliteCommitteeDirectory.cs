using ScrutinyBot.Core.Storage;
using ScrutinyBot.Core.Storage.Sqlite;

namespace ScrutinyBot.Core.Retrieval.Sqlite;

/// <summary>The committee names of the embedded store (<see cref="StoreCommitteeDirectory"/> over SQLite).</summary>
public sealed class SqliteCommitteeDirectory(SqliteConnectionFactory connections, IStoreGeneration generation) : ICommitteeDirectory
{
    private readonly StoreCommitteeDirectory _directory = new(generation, async (sql, cancellationToken) =>
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
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
