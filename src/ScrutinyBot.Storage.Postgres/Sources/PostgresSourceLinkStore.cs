using ScrutinyBot.Core.Sources;

namespace ScrutinyBot.Storage.Postgres.Sources;

/// <summary>Source links in PostgreSQL: a document's stored path joined to the synced paper's local copy.</summary>
public sealed class PostgresSourceLinkStore(PostgresDatabase database) : ISourceLinkStore
{
    public async Task<IReadOnlyDictionary<string, SourceLink>> FindAsync(IReadOnlyCollection<string> sources, CancellationToken cancellationToken)
    {
        var names = sources.Distinct(StringComparer.Ordinal).ToArray();
        if (names.Length == 0)
        {
            return new Dictionary<string, SourceLink>();
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, null, """
            SELECT d.source, sd.url, d.format
            FROM documents d JOIN source_documents sd ON sd.local_path = d.source_path
            WHERE d.source = ANY($1)
            """, (object)names);
        var found = new List<(string Source, string Url, string Format)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            found.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return SourceLinkRows.Resolve(found);
    }
}
