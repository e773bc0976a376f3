using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ScrutinyBot.Core.Retrieval;

namespace ScrutinyBot.Storage.Postgres.Search;

/// <summary>The SQL that finds a query's candidate chunks: the newest <c>window</c> chunks holding any of its terms or
/// phrases (as the SQLite engine's window of FTS5 matches), then the committee, date and part filters. A term is found
/// through the english tsvector's GIN index, or, when the english configuration drops all its words (stop words such
/// as "further" or "own", which FTS5 keeps), by a whole-word match on the searched columns. User text only ever
/// travels as parameters ($n) through plainto_tsquery / phraseto_tsquery or as an escaped regular expression, so none
/// of it is read as syntax. Which candidates hold the words, and their scores, is decided in the application by
/// <see cref="ScrutinyBot.Core.Retrieval.FullText.Bm25Scorer"/>.</summary>
internal static partial class PostgresTextQuery
{
    /// <summary>The searched columns as one text, for whole-word matches.</summary>
    public const string SearchedText = "(c.part_title || ' ' || coalesce(c.item_title, '') || ' ' || c.text || ' ' || coalesce(c.committee, ''))";

    public sealed record Sql(string Text, IReadOnlyList<object> Values);

    /// <param name="phrases">The query's terms and phrases.</param>
    /// <param name="stopWordsOnly">For each phrase, true when the english configuration keeps none of its words.</param>
    /// <returns>Null when there is nothing to search for.</returns>
    /// <param name="read">At most this many of the window's filtered chunks are read in full for the application's
    /// scoring: the best by the tsvector's own rank (ts_rank), so a store where common words match thousands of chunks
    /// does not send thousands of texts per query. Below it every candidate is read, as before.</param>
    public static Sql? Candidates(SearchQuery query, IReadOnlyList<string> phrases, IReadOnlyList<bool> stopWordsOnly, int window, int read)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (phrases.Count == 0 || query.Limit <= 0)
        {
            return null;
        }

        var values = new List<object>();
        string Add(object value)
        {
            values.Add(value);
            return "$" + values.Count.ToString(CultureInfo.InvariantCulture);
        }

        var match = Match(phrases, stopWordsOnly, Add);
        var filters = Filters(query, Add);
        var indexed = phrases.Where((_, i) => !stopWordsOnly[i]).Select(p => TsQuery(p, Add(p))).ToList();
        var rank = indexed.Count == 0 ? "0" : $"ts_rank(c.search, {string.Join(" || ", indexed)})";
        var text = $"""
            WITH found AS (
                SELECT c.id FROM chunks c
                WHERE {match}
                ORDER BY c.id DESC
                LIMIT {Add(window)}),
            best AS (
                SELECT c.id FROM found
                JOIN chunks c ON c.id = found.id
                WHERE true{filters}
                ORDER BY {rank} DESC, c.id DESC
                LIMIT {Add(read)})
            SELECT {PostgresChunkRows.Columns}
            FROM best
            JOIN chunks c ON c.id = best.id
            {PostgresChunkRows.Joins}
            """;
        return new Sql(text, values);
    }

    /// <summary>The chunks that may hold one term or phrase (a superset the application then checks word by word).</summary>
    public static Sql Holding(string phrase, bool stopWordsOnly)
    {
        var values = new List<object>();
        string Add(object value)
        {
            values.Add(value);
            return "$" + values.Count.ToString(CultureInfo.InvariantCulture);
        }

        var match = Match([phrase], [stopWordsOnly], Add);
        return new Sql($"SELECT c.part_title, c.item_title, c.text, c.committee FROM chunks c WHERE {match}", values);
    }

    /// <summary>How many chunks the english tsvector finds for one term or phrase (counted without reading them).</summary>
    public static Sql CountHolding(string phrase, bool stopWordsOnly)
    {
        var held = Holding(phrase, stopWordsOnly);
        return held with { Text = "SELECT count(*) FROM (" + held.Text + ") held" };
    }

    /// <summary>A query for one phrase: phraseto_tsquery for several words, plainto_tsquery for one.</summary>
    public static string TsQuery(string phrase, string parameter) =>
        $"{(Words(phrase).Count > 1 ? "phraseto_tsquery" : "plainto_tsquery")}('english', {parameter})";

    private static string Match(IReadOnlyList<string> phrases, IReadOnlyList<bool> stopWordsOnly, Func<object, string> add)
    {
        var indexed = phrases.Where((_, i) => !stopWordsOnly[i]).Select(p => TsQuery(p, add(p))).ToList();
        var conditions = new List<string>();
        if (indexed.Count > 0)
        {
            conditions.Add($"c.search @@ ({string.Join(" || ", indexed)})");
        }

        conditions.AddRange(phrases.Where((_, i) => stopWordsOnly[i]).Select(p => $"{SearchedText} ~* {add(WholeWords(p))}"));
        return "(" + string.Join(" OR ", conditions) + ")";
    }

    /// <summary>A case-insensitive regular expression for the phrase's words in a row as whole words.</summary>
    private static string WholeWords(string phrase) =>
        @"\m" + string.Join("[^[:alnum:]]+", Words(phrase).Select(w => Regex.Escape(w))) + @"\M";

    private static List<string> Words(string phrase) => [.. WordPattern().Matches(phrase).Select(m => m.Value)];

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

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
