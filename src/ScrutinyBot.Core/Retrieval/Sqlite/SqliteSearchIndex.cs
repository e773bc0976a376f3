using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Retrieval.FullText;
using ScrutinyBot.Core.Storage;
using ScrutinyBot.Core.Storage.Sqlite;

namespace ScrutinyBot.Core.Retrieval.Sqlite;

/// <summary>BM25 search over the chunks_fts table of the embedded store (porter stemming, titles weighted up).</summary>
/// <remarks>At most <see cref="SqliteSearchOptions.MaxScoredChunks"/> matches are scored (see <see cref="SqliteSearchSql"/>),
/// so a search costs about the same in a store of 5,000 chunks and one of 500,000; the best are chosen inside the FTS
/// table by rowid and score alone (joining the chunks table only for the filters a query has); only those few chunks
/// are then read in full. Term counts are cached per store generation.</remarks>
public sealed class SqliteSearchIndex : ISearchIndex
{
    private const int FollowingChunks = 2;

    private readonly SqliteConnectionFactory _connections;
    private readonly TermCountCache _counts;
    private readonly int _budget;

    public SqliteSearchIndex(SqliteConnectionFactory connections, IStoreGeneration generation, IOptions<SqliteSearchOptions>? options = null)
    {
        _connections = connections;
        _budget = (options?.Value ?? new SqliteSearchOptions()).MaxScoredChunks;
        _counts = new TermCountCache(generation, CountChunksAsync);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var match = FtsMatchExpression.AnyOf(query.Terms, query.Phrases);
        if (match is null || query.Limit <= 0)
        {
            return [];
        }

        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = SqliteSearchSql.Search(query);
        AddParameters(command, query, match);

        var hits = new List<SearchHit>(query.Limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            hits.Add(new SearchHit(reader.GetInt64(0), ReadChunk(reader, 12), -reader.GetDouble(11)));
        }

        return hits;
    }

    public async Task<IReadOnlyDictionary<long, string>> FollowingTextAsync(IReadOnlyCollection<long> chunkIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chunkIds);
        var following = new Dictionary<long, string>();
        if (chunkIds.Count == 0)
        {
            return following;
        }

        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        // Chunks are written in reading order, so the next ones of the same part and item have the next ids.
        command.CommandText = """
            SELECT a.id, b.text
            FROM json_each($ids) wanted
            JOIN chunks a ON a.id = wanted.value
            JOIN chunks b ON b.id BETWEEN a.id + 1 AND a.id + $count AND b.document_id = a.document_id AND b.part_ordinal = a.part_ordinal
                AND coalesce(b.item_title, '') = coalesce(a.item_title, '')
            ORDER BY a.id, b.id
            """;
        command.Parameters.AddWithValue("$count", FollowingChunks);
        command.Parameters.AddWithValue("$ids", "[" + string.Join(',', chunkIds.Select(id => id.ToString(CultureInfo.InvariantCulture))) + "]");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = reader.GetInt64(0);
            following[id] = following.TryGetValue(id, out var before) ? before + "\n" + reader.GetString(1) : reader.GetString(1);
        }

        return following;
    }

    public Task<TermStatistics> TermStatisticsAsync(IReadOnlyCollection<string> terms, CancellationToken cancellationToken) =>
        _counts.StatisticsAsync(terms, CountAsync, cancellationToken);

    /// <summary>Columns naming the document and the part's shown title, read by <see cref="ReadChunk"/> after the chunk's own.</summary>
    internal const string PaperColumns = "d.title, d.format, d.source_path, p.display_title";

    internal const string PartJoin = "LEFT JOIN parts p ON p.document_id = c.document_id AND p.ordinal = c.part_ordinal";

    internal static Chunk ReadChunk(SqliteDataReader reader, int paperAt) => new Chunk(
        reader.GetString(1),
        reader.GetInt32(2),
        Enum.TryParse<PartKind>(reader.GetString(3), ignoreCase: true, out var kind) ? kind : PartKind.Other,
        reader.GetString(4),
        reader.IsDBNull(5) ? null : reader.GetString(5),
        reader.GetInt32(6),
        reader.IsDBNull(7) ? null : DateOnly.TryParse(reader.GetString(7), CultureInfo.InvariantCulture, out var date) ? date : null,
        reader.IsDBNull(8) ? null : reader.GetString(8),
        reader.IsDBNull(9) ? null : reader.GetString(9),
        reader.GetString(10))
    {
        Paper = new CitedPaper(
            reader.IsDBNull(paperAt) ? reader.GetString(1) : reader.GetString(paperAt), reader.GetString(paperAt + 1), reader.GetString(paperAt + 2)),
        PartLabel = reader.IsDBNull(paperAt + 3) ? null : reader.GetString(paperAt + 3),
    };

    /// <summary>How many full-text matches <see cref="SearchAsync"/> scores by BM25 for this query: never more than
    /// <see cref="SqliteSearchOptions.MaxScoredChunks"/>, however large the store.</summary>
    public async Task<int> CountScoredAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var match = FtsMatchExpression.AnyOf(query.Terms, query.Phrases);
        if (match is null || query.Limit <= 0)
        {
            return 0;
        }

        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = SqliteSearchSql.CountScored(query);
        AddParameters(command, query, match);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private void AddParameters(SqliteCommand command, SearchQuery query, string match)
    {
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$limit", query.Limit);
        command.Parameters.AddWithValue("$budget", _budget);
        if (query.From is { } from)
        {
            command.Parameters.AddWithValue("$from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (query.To is { } to)
        {
            command.Parameters.AddWithValue("$to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (query.Committee is { } committee)
        {
            command.Parameters.AddWithValue("$committee", committee);
        }

        if (query.Part is { } part)
        {
            command.Parameters.AddWithValue("$part", part.ToString());
        }
    }

    private async Task<IReadOnlyDictionary<string, int>> CountAsync(IReadOnlyList<string> terms, CancellationToken cancellationToken)
    {
        var counted = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var term in terms)
        {
            if (FtsMatchExpression.Quote(term) is not { } quoted)
            {
                counted[term] = 0;
                continue;
            }

            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM chunks_fts WHERE chunks_fts MATCH $match";
            command.Parameters.AddWithValue("$match", quoted);
            counted[term] = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        return counted;
    }

    private async Task<(int ChunkCount, double AverageTokens)> CountChunksAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM chunks";
        var chunkCount = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        return (chunkCount, 0); // FTS5's bm25() keeps its own average
    }
}
