using System.Globalization;
using System.Text;
using ScrutinyBot.Core.Retrieval;

namespace ScrutinyBot.Storage.Postgres.Search;

/// <summary>Turns a <see cref="SearchQuery"/> into SQL over the chunks' english tsvector. User text only ever travels
/// as parameters ($n) through plainto_tsquery (terms), phraseto_tsquery (phrases) and to_tsvector, so none of it is
/// read as tsquery syntax. A chunk matches any term or phrase (GIN index). Matches are first narrowed by an
/// idf-weighted ts_rank, then scored by BM25 as the SQLite engine's FTS5 does: per query word, its inverse document
/// frequency times a saturating, length-normalised count of its occurrences, each occurrence weighted by where it is
/// (part title 4, item title 3, committee 1.5, text 1).</summary>
internal static class PostgresTextQuery
{
    // ts_rank weights, in the order D (text), C (committee), B (item title), A (part title).
    private const string Weights = "'{0.25, 0.375, 0.75, 1.0}'::float4[]";
    private const double K1 = 1.2;
    private const double B = 0.75;

    public sealed record Sql(string Text, IReadOnlyList<object> Values);

    /// <returns>Null when there is nothing to search for.</returns>
    public static Sql? Build(SearchQuery query, Func<string, double> idf, double averageTokens)
    {
        var items = query.Terms.Select(t => (Text: t.Trim(), Phrase: false))
            .Concat(query.Phrases.Select(p => (Text: p.Trim(), Phrase: true)))
            .Where(i => i.Text.Any(char.IsLetterOrDigit))
            .DistinctBy(i => (i.Text.ToUpperInvariant(), i.Phrase))
            .ToList();
        if (items.Count == 0 || query.Limit <= 0)
        {
            return null;
        }

        var values = new List<object>();
        string Add(object value)
        {
            values.Add(value);
            return "$" + values.Count.ToString(CultureInfo.InvariantCulture);
        }

        var queries = items.Select(i => $"{(i.Phrase ? "phraseto_tsquery" : "plainto_tsquery")}('english', {Add(i.Text)})").ToList();
        var words = Add(items.Select(i => i.Text).ToArray());
        var weights = Add(items.Select(i => idf(i.Text)).ToArray());
        var prefilter = string.Join(" + ", items.Select((_, n) => $"({weights}::float8[])[{n + 1}] * ts_rank({Weights}, c.search, q.t{n}, 1)"));
        var filters = Filters(query, Add);
        var candidates = Add(Math.Max(query.Limit * 20, 200));
        var limit = Add(query.Limit);
        var text = $"""
            WITH q AS (SELECT {string.Join(", ", queries.Select((tq, n) => $"{tq} AS t{n}"))}),
            words AS (
                SELECT lexeme, max(w.idf) AS idf
                FROM unnest({words}::text[], {weights}::float8[]) AS w(word, idf),
                     unnest(tsvector_to_array(to_tsvector('english', w.word))) AS lexeme
                GROUP BY lexeme),
            candidates AS (
                SELECT c.id, c.search, c.token_count
                FROM chunks c, q
                WHERE c.search @@ ({string.Join(" || ", queries.Select((_, n) => $"q.t{n}"))}){filters}
                ORDER BY {prefilter} DESC, c.id
                LIMIT {candidates}),
            top AS (
                SELECT m.id, sum(words.idf * (x.tf * {Num(K1 + 1)}) / (x.tf + {Num(K1)} * ({Num(1 - B)} + {Num(B)} * m.token_count / {Num(averageTokens)}))) AS score
                FROM candidates m
                CROSS JOIN LATERAL (
                    SELECT u.lexeme, (SELECT sum(CASE w WHEN 'A' THEN 4.0 WHEN 'B' THEN 3.0 WHEN 'C' THEN 1.5 ELSE 1.0 END) FROM unnest(u.weights) AS w) AS tf
                    FROM unnest(m.search) AS u) x
                JOIN words ON words.lexeme = x.lexeme
                GROUP BY m.id
                ORDER BY score DESC, m.id
                LIMIT {limit})
            SELECT {PostgresChunkRows.Columns}, top.score::float8
            FROM top
            JOIN chunks c ON c.id = top.id
            JOIN documents d ON d.id = c.document_id
            ORDER BY top.score DESC, c.id
            """;
        return new Sql(text, values);
    }

    private static string Num(double value) => value.ToString("0.0###########", CultureInfo.InvariantCulture) + "::float8";

    private static string Filters(SearchQuery query, Func<object, string> add)
    {
        var filters = new StringBuilder();
        if (query.From is { } from)
        {
            filters.Append(CultureInfo.InvariantCulture, $" AND c.meeting_date >= {add(from)}");
        }

        if (query.To is { } to)
        {
            filters.Append(CultureInfo.InvariantCulture, $" AND c.meeting_date <= {add(to)}");
        }

        if (query.Committee is { } committee)
        {
            // Contained, case-insensitive, ignoring possessive 's (as the SQLite engine).
            filters.Append(CultureInfo.InvariantCulture,
                $" AND strpos(replace(lower(coalesce(c.committee, '')), '''s', ''), replace(lower({add(committee)}), '''s', '')) > 0");
        }

        if (query.Part is { } part)
        {
            filters.Append(CultureInfo.InvariantCulture, $" AND lower(c.part_kind) = lower({add(part.ToString())})");
        }

        return filters.ToString();
    }
}
