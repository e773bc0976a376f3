using ScrutinyBot.Core.Storage.Sqlite;

namespace ScrutinyBot.Core.Sources.Sqlite;

/// <summary>Source links in the embedded store: a document's stored path joined to the synced paper's local copy.</summary>
public sealed class SqliteSourceLinkStore(SqliteConnectionFactory connections) : ISourceLinkStore
{
    public async Task<IReadOnlyDictionary<string, SourceLink>> FindAsync(IReadOnlyCollection<string> sources, CancellationToken cancellationToken)
    {
        var names = sources.Distinct(StringComparer.Ordinal).ToList();
        if (names.Count == 0)
        {
            return new Dictionary<string, SourceLink>();
        }

        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        var parameters = names.Select((_, i) => $"$s{i}").ToList();
        command.CommandText = $"""
            SELECT d.source, sd.url, d.format
            FROM documents d JOIN source_documents sd ON sd.local_path = d.source_path
            WHERE d.source IN ({string.Join(", ", parameters)})
            """;
        for (var i = 0; i < names.Count; i++)
        {
            command.Parameters.AddWithValue(parameters[i], names[i]);
        }

        var found = new List<(string Source, string Url, string Format)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            found.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return SourceLinkRows.Resolve(found);
    }
}
