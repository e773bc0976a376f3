using System.Text;

namespace ScrutinyBot.Core.Retrieval.Sqlite;

/// <summary>The SQL of one search: at most <c>$budget</c> full-text matches are scored by BM25 (a fixed number, not a
/// share of the index), the best <c>$limit</c> of them are read in full.</summary>
/// <remarks>The scored matches are the newest: the FTS table walks its matches by descending rowid (chunks are numbered
/// as they are ingested) and stops at the budget, scoring none of them; then only the matches from that rowid on that
/// pass the query's filters are scored. FTS5 cannot score a list of rowids in one pass (each rowid looked up on its own
/// recomputes the terms' document counts, about 0.1 ms a row), so a filter is checked within the window, not used to
/// find it: in a store far past the budget, a filter for an old meeting finds nothing here (the vector leg and the
/// fact answers still reach it). What still grows with the store is bm25's count of each term's rows (a sequential read
/// of the term's row list, no scoring).</remarks>
internal static class SqliteSearchSql
{
    // bm25 column weights: part_title, item_title, text, committee.
    private const string Bm25 = "bm25(chunks_fts, 4.0, 3.0, 1.0, 1.5)";

    private const string ReadTop = $"""
        SELECT c.id, d.source, c.part_ordinal, c.part_kind, c.part_title, c.item_title, c.page, c.meeting_date,
               c.committee, c.council, c.text, top.score, {SqliteSearchIndex.PaperColumns}
        FROM top
        JOIN chunks c ON c.id = top.id
        JOIN documents d ON d.id = c.document_id
        {SqliteSearchIndex.PartJoin}
        ORDER BY top.score
        """;

    public static string Search(SearchQuery query)
    {
        var (with, scored) = Scored(query);
        return $"""
            {with}
            top AS (
                SELECT chunks_fts.rowid AS id, {Bm25} AS score
                {scored}
                ORDER BY score
                LIMIT $limit)
            {ReadTop}
            """;
    }

    /// <summary>How many matches <see cref="Search"/> scores for this query (for tests and diagnostics).</summary>
    public static string CountScored(SearchQuery query)
    {
        var (with, scored) = Scored(query);
        return $"""
            {with}
            counted AS (SELECT 1 AS one {scored})
            SELECT count(*) FROM counted
            """;
    }

    /// <returns>The common table expression that finds where scoring starts, and the FROM and WHERE clauses of the scored matches.</returns>
    private static (string With, string Scored) Scored(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filters = Filters(query);
        // The narrow covering index, not the chunk rows (text and all), is what each match is checked against.
        var join = filters.Length == 0 ? string.Empty : " JOIN chunks c INDEXED BY ix_chunks_filter ON c.id = chunks_fts.rowid";
        // The window is the newest matches whatever the filters, so the walk stops at the budget even when a filter
        // (one meeting's date) passes few of them; the filters then choose within the window.
        return ($"""
            WITH scored_from AS (
                SELECT min(id) AS id FROM (
                    SELECT rowid AS id
                    FROM chunks_fts
                    WHERE chunks_fts MATCH $match
                    ORDER BY rowid DESC
                    LIMIT $budget)),
            """,
            $"FROM chunks_fts{join} WHERE chunks_fts MATCH $match AND chunks_fts.rowid >= (SELECT id FROM scored_from){filters}");
    }

    private static string Filters(SearchQuery query)
    {
        var filters = new StringBuilder();
        if (query.From is not null)
        {
            filters.Append(" AND c.meeting_date >= $from");
        }

        if (query.To is not null)
        {
            filters.Append(" AND c.meeting_date <= $to");
        }

        if (query.Committee is not null)
        {
            filters.Append(" AND instr(replace(lower(coalesce(c.committee, '')), '''s', ''), replace(lower($committee), '''s', '')) > 0");
        }

        if (query.Part is not null)
        {
            filters.Append(" AND lower(c.part_kind) = lower($part)");
        }

        return filters.ToString();
    }
}
