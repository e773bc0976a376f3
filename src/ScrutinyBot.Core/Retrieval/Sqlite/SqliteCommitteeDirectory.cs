using Microsoft.Data.Sqlite;
using ScrutinyBot.Core.Storage.Sqlite;

namespace ScrutinyBot.Core.Retrieval.Sqlite;

/// <summary>The committee names the store knows, from documents, chunks and meetings.</summary>
public sealed class SqliteCommitteeDirectory(SqliteConnectionFactory connections) : ICommitteeDirectory
{
    public async Task<IReadOnlyList<string>> CommitteesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
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
