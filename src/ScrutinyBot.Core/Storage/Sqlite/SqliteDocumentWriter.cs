using Microsoft.Data.Sqlite;
using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Storage.Sqlite;

/// <summary>Inserts one document's rows (document, pages, parts, chunks, facts) inside the caller's transaction.</summary>
internal sealed class SqliteDocumentWriter(SqliteConnection connection, SqliteTransaction transaction)
{
    public async Task<long> InsertAsync(DocumentToSave document, string ingestedAt, CancellationToken cancellationToken)
    {
        var meta = document.Extraction.Metadata;
        var id = (long)(await ScalarAsync(
            """
            INSERT INTO documents (source, source_path, content_hash, format, page_count, council, committee, meeting_date, title, ingested_at)
            VALUES ($a, $b, $c, $d, $e, $f, $g, $h, $i, $j) RETURNING id
            """,
            [document.Source, document.SourcePath, document.ContentHash, document.Format, document.Pages.Count,
             SqliteValues.Text(meta.Council), SqliteValues.Text(meta.Committee), SqliteValues.Date(meta.MeetingDate),
             SqliteValues.Text(meta.Title), ingestedAt],
            cancellationToken).ConfigureAwait(false))!;

        await InsertRowsAsync("pages (document_id, number, text)", document.Pages, p => [id, p.Number, p.Text], cancellationToken).ConfigureAwait(false);
        await InsertRowsAsync("parts (document_id, ordinal, kind, title, start_page, end_page, meeting_date, display_title)", document.Extraction.Parts,
            p => [id, p.Ordinal, p.Kind.ToString(), p.Title, p.StartPage, p.EndPage, SqliteValues.Date(p.MeetingDate), SqliteValues.Text(p.DisplayTitle)], cancellationToken).ConfigureAwait(false);
        await InsertRowsAsync("chunks (document_id, part_ordinal, part_kind, part_title, item_title, page, meeting_date, committee, council, text)", document.Chunks,
            c => [id, c.PartOrdinal, c.PartKind.ToString(), c.PartTitle, SqliteValues.Text(c.ItemTitle), c.Page, SqliteValues.Date(c.MeetingDate),
                  SqliteValues.Text(c.Committee), SqliteValues.Text(c.Council), c.Text], cancellationToken).ConfigureAwait(false);
        await InsertFactsAsync(id, document.Extraction.Facts, cancellationToken).ConfigureAwait(false);
        return id;
    }

    private async Task InsertFactsAsync(long id, DocumentFacts facts, CancellationToken cancellationToken)
    {
        await InsertRowsAsync("meetings (document_id, council, committee, date, start_time, end_time, place, chair, part, page, quote, chair_page, chair_quote, end_page, end_quote)", facts.Meetings,
            m => [id, T(m.Council), T(m.Committee), SqliteValues.Date(m.Date), SqliteValues.Time(m.Start), SqliteValues.Time(m.End), T(m.Place), T(m.Chair),
                  m.Evidence.Part, m.Evidence.Page, m.Evidence.Quote, m.ChairEvidence is null ? DBNull.Value : m.ChairEvidence.Page, T(m.ChairEvidence?.Quote),
                  m.EndEvidence is null ? DBNull.Value : m.EndEvidence.Page, T(m.EndEvidence?.Quote)], cancellationToken).ConfigureAwait(false);
        await InsertRowsAsync("attendance (document_id, committee, meeting_date, name, status, role, part, page, quote)", facts.Attendance,
            a => [id, T(a.Committee), SqliteValues.Date(a.MeetingDate), a.Name, a.Status.ToString(), T(a.Role),
                  a.Evidence.Part, a.Evidence.Page, a.Evidence.Quote], cancellationToken).ConfigureAwait(false);
        await InsertRowsAsync("agenda_items (document_id, committee, meeting_date, number, title, part, page, quote)", facts.AgendaItems,
            a => [id, T(a.Committee), SqliteValues.Date(a.MeetingDate), a.Number, a.Title, a.Evidence.Part, a.Evidence.Page, a.Evidence.Quote],
            cancellationToken).ConfigureAwait(false);
        await InsertRowsAsync("resolutions (document_id, committee, meeting_date, minute_number, reference, item, text, part, page, quote)", facts.Resolutions,
            r => [id, T(r.Committee), SqliteValues.Date(r.MeetingDate), T(r.MinuteNumber), T(r.Reference), T(r.Item), r.Text,
                  r.Evidence.Part, r.Evidence.Page, r.Evidence.Quote], cancellationToken).ConfigureAwait(false);
        await InsertRowsAsync(
            "recommendations (document_id, committee, meeting_date, topic, number, text, type, issued, deadline, response_status, response, part, page, quote)",
            facts.Recommendations,
            r => [id, T(r.Committee), SqliteValues.Date(r.MeetingDate), T(r.Topic), T(r.Number), r.Text, T(r.Type), SqliteValues.Date(r.Issued),
                  SqliteValues.Date(r.Deadline), r.ResponseStatus.ToString(), T(r.Response), r.Evidence.Part, r.Evidence.Page, r.Evidence.Quote],
            cancellationToken).ConfigureAwait(false);
        await InsertRowsAsync("work_programme (document_id, committee, meeting_date, when_text, item, lead, part, page, quote)", facts.WorkProgramme,
            w => [id, T(w.Committee), SqliteValues.Date(w.MeetingDate), T(w.When), w.Item, T(w.Lead), w.Evidence.Part, w.Evidence.Page, w.Evidence.Quote],
            cancellationToken).ConfigureAwait(false);
    }

    private async Task InsertRowsAsync<T>(string table, IReadOnlyList<T> rows, Func<T, object?[]> values, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var columns = table[(table.IndexOf('(', StringComparison.Ordinal) + 1)..table.IndexOf(')', StringComparison.Ordinal)].Split(',').Length;
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} VALUES ({string.Join(", ", Enumerable.Range(0, columns).Select(i => $"$p{i}"))})";
        var parameters = Enumerable.Range(0, columns).Select(i => command.Parameters.Add($"$p{i}", SqliteType.Text)).ToArray();
        foreach (var row in rows)
        {
            var rowValues = values(row);
            for (var i = 0; i < columns; i++)
            {
                parameters[i].ResetSqliteType();
                parameters[i].Value = rowValues[i] ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<object?> ScalarAsync(string sql, object?[] values, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var names = new[] { "$a", "$b", "$c", "$d", "$e", "$f", "$g", "$h", "$i", "$j" };
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue(names[i], values[i] ?? DBNull.Value);
        }

        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    private static object T(string? text) => SqliteValues.Text(text);
}
