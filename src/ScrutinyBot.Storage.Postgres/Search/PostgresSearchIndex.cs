using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Npgsql;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.FullText;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Storage.Postgres.Search;

/// <summary>Full-text search that answers as the SQLite engine does: the english tsvector (GIN index) finds the
/// candidate chunks (<see cref="PostgresTextQuery"/>), then the application reads their words as FTS5 does
/// (<see cref="FullTextTokenizer"/>: unicode61 and Porter) and ranks them by FTS5's BM25 (<see cref="Bm25Scorer"/>),
/// with term counts made the same way. So one store gives the same hits in the same order on either engine.</summary>
public sealed class PostgresSearchIndex : ISearchIndex
{
    /// <summary>At most this many of a query's newest matches are scored (as the SQLite engine's default window).</summary>
    public const int MaxScoredChunks = 5_000;

    /// <summary>At most this many candidates (the best by ts_rank) are read in full and scored by BM25 in the
    /// application; a store of a few thousand chunks rarely has more, so its answers are SQLite's.</summary>
    public const int MaxReadChunks = 600;

    /// <summary>A term held by more chunks than this (by the tsvector) is counted by the tsvector alone, not read word by word.</summary>
    public const int MaxExactlyCounted = 2_000;

    private readonly PostgresDatabase _database;
    private readonly TermCountCache _counts;
    private readonly ConcurrentDictionary<string, bool> _stopWordsOnly = new(StringComparer.Ordinal);

    public PostgresSearchIndex(PostgresDatabase database, IStoreGeneration generation)
    {
        _database = database;
        _counts = new TermCountCache(generation, CountChunksAsync);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var phrases = Phrases(query);
        if (phrases.Count == 0 || query.Limit <= 0)
        {
            return [];
        }

        var statistics = await TermStatisticsAsync(phrases, cancellationToken).ConfigureAwait(false);
        var totals = await _counts.TotalsAsync(cancellationToken).ConfigureAwait(false);
        var scorer = new Bm25Scorer(phrases, p => statistics.DocumentFrequencies.TryGetValue(p, out var df) ? df : 0, totals.ChunkCount, totals.AverageTokens);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var stopWords = await StopWordsOnlyAsync(connection, phrases, cancellationToken).ConfigureAwait(false);
        if (PostgresTextQuery.Candidates(query, phrases, stopWords, MaxScoredChunks, MaxReadChunks) is not { } sql)
        {
            return [];
        }

        await using var command = PostgresCommand.Create(connection, null, sql.Text, [.. sql.Values]);
        var hits = new List<SearchHit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = reader.GetInt64(0);
            var chunk = PostgresChunkRows.Read(reader);
            if (scorer.Score(new FullTextDocument(id, chunk.PartTitle, chunk.ItemTitle, chunk.Text, chunk.Committee)) is { } score)
            {
                hits.Add(new SearchHit(id, chunk, score));
            }
        }

        return [.. hits.OrderByDescending(h => h.Score).ThenBy(h => h.ChunkId).Take(query.Limit)];
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

    public Task<TermStatistics> TermStatisticsAsync(IReadOnlyCollection<string> terms, CancellationToken cancellationToken) =>
        _counts.StatisticsAsync(terms, CountAsync, cancellationToken);

    /// <summary>The query's terms and phrases as the SQLite engine's match expression holds them: control characters
    /// made spaces, trimmed, only those with a letter or digit, each once whatever its case.</summary>
    private static List<string> Phrases(SearchQuery query) => [.. query.Terms.Concat(query.Phrases)
        .Select(Clean)
        .Where(p => p.Any(char.IsLetterOrDigit))
        .Distinct(StringComparer.OrdinalIgnoreCase)];

    private static string Clean(string text)
    {
        var cleaned = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            cleaned.Append(char.IsControl(c) ? ' ' : c);
        }

        return cleaned.ToString().Trim();
    }

    /// <summary>How many chunks hold each term as FTS5 would count them: the chunks the tsvector finds are read word by
    /// word (a phrase counts in one column at a time), unless there are more than <see cref="MaxExactlyCounted"/>.</summary>
    private async Task<IReadOnlyDictionary<string, int>> CountAsync(IReadOnlyList<string> terms, CancellationToken cancellationToken)
    {
        var counted = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var searchable = terms.Select(Clean).ToList();
        var stopWords = await StopWordsOnlyAsync(connection, [.. searchable.Where(t => t.Any(char.IsLetterOrDigit))], cancellationToken).ConfigureAwait(false);
        var next = 0;
        for (var i = 0; i < terms.Count; i++)
        {
            if (!searchable[i].Any(char.IsLetterOrDigit))
            {
                counted[terms[i]] = 0;
                continue;
            }

            counted[terms[i]] = await CountOneAsync(connection, searchable[i], stopWords[next++], cancellationToken).ConfigureAwait(false);
        }

        return counted;
    }

    private static async Task<int> CountOneAsync(NpgsqlConnection connection, string phrase, bool stopWordsOnly, CancellationToken cancellationToken)
    {
        var count = PostgresTextQuery.CountHolding(phrase, stopWordsOnly);
        await using (var command = PostgresCommand.Create(connection, null, count.Text, [.. count.Values]))
        {
            var found = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            if (found > MaxExactlyCounted || found == 0)
            {
                return found;
            }
        }

        var words = FullTextTokenizer.Tokens(phrase);
        var held = PostgresTextQuery.Holding(phrase, stopWordsOnly);
        await using var read = PostgresCommand.Create(connection, null, held.Text, [.. held.Values]);
        await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var holding = 0;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            for (var column = 0; column < 4; column++)
            {
                if (!reader.IsDBNull(column) && Bm25Scorer.Contains(FullTextTokenizer.Tokens(reader.GetString(column)), words))
                {
                    holding++;
                    break;
                }
            }
        }

        return holding;
    }

    /// <summary>For each phrase, whether the english configuration drops all its words (asked of PostgreSQL once per phrase).</summary>
    private async Task<IReadOnlyList<bool>> StopWordsOnlyAsync(NpgsqlConnection connection, IReadOnlyList<string> phrases, CancellationToken cancellationToken)
    {
        var unknown = phrases.Where(p => !_stopWordsOnly.ContainsKey(p)).Distinct(StringComparer.Ordinal).ToArray();
        if (unknown.Length > 0)
        {
            await using var command = PostgresCommand.Create(connection, null,
                "SELECT p, numnode(plainto_tsquery('english', p)) = 0 FROM unnest($1::text[]) AS p", (object)unknown);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                _stopWordsOnly[reader.GetString(0)] = reader.GetBoolean(1);
            }
        }

        return [.. phrases.Select(p => _stopWordsOnly.TryGetValue(p, out var only) && only)];
    }

    /// <summary>How many chunks the store holds and their average length in tokens as FTS5 counts them (runs of
    /// letters and digits over all four searched columns).</summary>
    private async Task<(int ChunkCount, double AverageTokens)> CountChunksAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, null, $"""
            SELECT count(*)::integer,
                   coalesce(avg((SELECT count(*) FROM regexp_matches({PostgresTextQuery.SearchedText}, '[[:alnum:]]+', 'g'))), 1)::float8
            FROM chunks c
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return (reader.GetInt32(0), Math.Max(1.0, reader.GetDouble(1)));
    }
}
