using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Data.Sqlite;
using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Storage.Sqlite;

namespace ScrutinyBot.Core.Retrieval.Sqlite;

/// <summary>BM25 search over the chunks_fts table of the embedded store (porter stemming, titles weighted up).</summary>
public sealed class SqliteSearchIndex(SqliteConnectionFactory connections) : ISearchIndex
{
    // bm25 column weights: part_title, item_title, text, committee.
    private const string Bm25 = "bm25(chunks_fts, 4.0, 3.0, 1.0, 1.5)";
    private const int MaxCachedTerms = 20_000;

    private readonly ConcurrentDictionary<string, int> _frequencies = new(StringComparer.Ordinal);
    private (long MaxChunkId, long Documents, int ChunkCount) _generation = (-1, -1, 0);
    private readonly Lock _generationLock = new();

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var match = FtsMatchExpression.AnyOf(query.Terms, query.Phrases);
        if (match is null || query.Limit <= 0)
        {
            return [];
        }

        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT c.id, d.source, c.part_ordinal, c.part_kind, c.part_title, c.item_title, c.page, c.meeting_date,
                   c.committee, c.council, c.text, {Bm25} AS score
            FROM chunks_fts
            JOIN chunks c ON c.id = chunks_fts.rowid
            JOIN documents d ON d.id = c.document_id
            WHERE chunks_fts MATCH $match
              AND ($from IS NULL OR c.meeting_date >= $from)
              AND ($to IS NULL OR c.meeting_date <= $to)
              AND ($committee IS NULL OR instr(replace(lower(coalesce(c.committee, '')), '''s', ''), replace(lower($committee), '''s', '')) > 0)
              AND ($part IS NULL OR lower(c.part_kind) = lower($part))
            ORDER BY score
            LIMIT $limit
            """;
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$from", (object?)query.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? DBNull.Value);
        command.Parameters.AddWithValue("$to", (object?)query.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? DBNull.Value);
        command.Parameters.AddWithValue("$committee", (object?)query.Committee ?? DBNull.Value);
        command.Parameters.AddWithValue("$part", (object?)query.Part?.ToString() ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", query.Limit);

        var hits = new List<SearchHit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            hits.Add(new SearchHit(reader.GetInt64(0), ReadChunk(reader), -reader.GetDouble(11)));
        }

        return hits;
    }

    public async Task<TermStatistics> TermStatisticsAsync(IReadOnlyCollection<string> terms, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var chunkCount = await RefreshGenerationAsync(connection, cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in terms.Distinct(StringComparer.Ordinal))
        {
            if (!_frequencies.TryGetValue(term, out var df))
            {
                df = await CountAsync(connection, term, cancellationToken).ConfigureAwait(false);
                if (_frequencies.Count > MaxCachedTerms)
                {
                    _frequencies.Clear();
                }

                _frequencies[term] = df;
            }

            result[term] = df;
        }

        return new TermStatistics(result, chunkCount);
    }

    internal static Chunk ReadChunk(SqliteDataReader reader) => new(
        reader.GetString(1),
        reader.GetInt32(2),
        Enum.TryParse<PartKind>(reader.GetString(3), ignoreCase: true, out var kind) ? kind : PartKind.Other,
        reader.GetString(4),
        reader.IsDBNull(5) ? null : reader.GetString(5),
        reader.GetInt32(6),
        reader.IsDBNull(7) ? null : DateOnly.TryParse(reader.GetString(7), CultureInfo.InvariantCulture, out var date) ? date : null,
        reader.IsDBNull(8) ? null : reader.GetString(8),
        reader.IsDBNull(9) ? null : reader.GetString(9),
        reader.GetString(10));

    private static async Task<int> CountAsync(SqliteConnection connection, string term, CancellationToken cancellationToken)
    {
        if (FtsMatchExpression.Quote(term) is not { } quoted)
        {
            return 0;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM chunks_fts WHERE chunks_fts MATCH $match";
        command.Parameters.AddWithValue("$match", quoted);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    /// <summary>Forgets cached frequencies when chunks or documents have changed since they were counted.</summary>
    private async Task<int> RefreshGenerationAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT coalesce(max(id), 0) FROM chunks), (SELECT count(*) FROM documents)";
        long maxId;
        long documents;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            (maxId, documents) = (reader.GetInt64(0), reader.GetInt64(1));
        }

        lock (_generationLock)
        {
            if (_generation.MaxChunkId == maxId && _generation.Documents == documents)
            {
                return _generation.ChunkCount;
            }
        }

        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM chunks";
        var chunkCount = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        lock (_generationLock)
        {
            _frequencies.Clear();
            _generation = (maxId, documents, chunkCount);
        }

        return chunkCount;
    }
}
