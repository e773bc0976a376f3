using System.Collections.Concurrent;
using System.Globalization;
using Npgsql;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Storage.Postgres.Search;

/// <summary>Full-text search over the chunks' english tsvector (GIN index) with the committee, date and part filters
/// (see <see cref="PostgresTextQuery"/>). Term counts are cached per store generation.</summary>
public sealed class PostgresSearchIndex : ISearchIndex
{
    private const int MaxCachedTerms = 20_000;

    private readonly PostgresDatabase _database;
    private readonly StoreSnapshotCache<PostgresTermCounts> _counts;

    public PostgresSearchIndex(PostgresDatabase database, IStoreGeneration generation)
    {
        _database = database;
        _counts = new StoreSnapshotCache<PostgresTermCounts>(generation, CountChunksAsync);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var statistics = await TermStatisticsAsync([.. query.Terms, .. query.Phrases], cancellationToken).ConfigureAwait(false);
        var counts = await _counts.GetAsync(cancellationToken).ConfigureAwait(false);
        if (PostgresTextQuery.Build(query, statistics.Idf, counts.AverageTokens) is not { } sql)
        {
            return [];
        }

        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, null, sql.Text, [.. sql.Values]);
        var hits = new List<SearchHit>(query.Limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            hits.Add(new SearchHit(reader.GetInt64(0), PostgresChunkRows.Read(reader), reader.GetDouble(11)));
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

        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, null, """
            SELECT a.id, b.text
            FROM chunks a
            JOIN chunks b ON b.document_id = a.document_id AND b.seq = a.seq + 1 AND b.part_ordinal = a.part_ordinal
                AND coalesce(b.item_title, '') = coalesce(a.item_title, '')
            WHERE a.id = ANY($1)
            """, chunkIds.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            following[reader.GetInt64(0)] = reader.GetString(1);
        }

        return following;
    }

    public async Task<TermStatistics> TermStatisticsAsync(IReadOnlyCollection<string> terms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var counts = await _counts.GetAsync(cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        NpgsqlConnection? connection = null;
        try
        {
            foreach (var term in terms.Distinct(StringComparer.Ordinal))
            {
                if (!counts.Frequencies.TryGetValue(term, out var df))
                {
                    connection ??= await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
                    df = await CountAsync(connection, term, cancellationToken).ConfigureAwait(false);
                    if (counts.Frequencies.Count > MaxCachedTerms)
                    {
                        counts.Frequencies.Clear();
                    }

                    counts.Frequencies[term] = df;
                }

                result[term] = df;
            }
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }

        return new TermStatistics(result, counts.ChunkCount);
    }

    private static async Task<int> CountAsync(NpgsqlConnection connection, string term, CancellationToken cancellationToken)
    {
        if (!term.Any(char.IsLetterOrDigit))
        {
            return 0;
        }

        var function = term.Trim().Contains(' ', StringComparison.Ordinal) ? "phraseto_tsquery" : "plainto_tsquery";
        await using var command = PostgresCommand.Create(connection, null, $"SELECT count(*) FROM chunks WHERE search @@ {function}('english', $1)", term);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private async Task<PostgresTermCounts> CountChunksAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, null, "SELECT count(*)::integer, coalesce(avg(token_count), 1)::float8 FROM chunks");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new PostgresTermCounts(reader.GetInt32(0), Math.Max(1.0, reader.GetDouble(1)), new ConcurrentDictionary<string, int>(StringComparer.Ordinal));
    }
}
