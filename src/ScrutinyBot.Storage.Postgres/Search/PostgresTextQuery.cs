using System.Globalization;
using System.Text;
using ScrutinyBot.Core.Retrieval;

namespace ScrutinyBot.Storage.Postgres.Search;

/// <summary>Turns a <see cref="SearchQuery"/> into SQL for the chunks' english tsvector. User text only ever travels as
/// parameters ($n) through plainto_tsquery (terms) and phraseto_tsquery (phrases), so none of it is read as tsquery
/// syntax. A chunk matches any term or phrase; its score is the sum over those it contains of the term's weight (its
/// inverse document frequency) times ts_rank with title weights (part title 4, item title 3, committee 1.5, text 1,
/// as the SQLite engine's bm25 weights) normalised by length: rare words count for more, as with BM25.</summary>
internal static class PostgresTextQuery
{
    // ts_rank weights, in the order D (text), C (committee), B (item title), A (part title).
    private const string Weights = "'{0.25, 0.375, 0.75, 1.0}'::float4[]";

    public sealed record Sql(string Text, IReadOnlyList<object> Values);

    /// <returns>Null when there is nothing to search for.</returns>
    public static Sql? Build(SearchQuery query, Func<string, double> weight)
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
        var score = string.Join(" + ", items.Select((item, n) =>
            $"{Add(weight(item.Text))}::float8 * ts_rank({Weights}, c.search, q.t{n}, 1)"));
        var filters = Filters(query, Add);
        var limit = Add(query.Limit);
        var text = $"""
            WITH q AS (SELECT {string.Join(", ", queries.Select((tq, n) => $"{tq} AS t{n}"))}),
            top AS (
                SELECT c.id, {score} AS score
                FROM chunks c, q
                WHERE c.search @@ ({string.Join(" || ", queries.Select((_, n) => $"q.t{n}"))}){filters}
                ORDER BY score DESC, c.id
                LIMIT {limit})
            SELECT {PostgresChunkRows.Columns}, top.score
            FROM top
            JOIN chunks c ON c.id = top.id
            JOIN documents d ON d.id = c.document_id
            ORDER BY top.score DESC, c.id
            """;
        return new Sql(text, values);
    }

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
