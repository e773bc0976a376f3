using Npgsql;
using NpgsqlTypes;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Storage.Postgres.Documents;

/// <summary>Inserts one document's rows inside the caller's transaction: the document row, then pages, parts, chunks and
/// facts each with one binary COPY (what keeps a large pack's save to a handful of round trips).</summary>
internal sealed class PostgresDocumentWriter(NpgsqlConnection connection, NpgsqlTransaction transaction)
{
    private const NpgsqlDbType Text = NpgsqlDbType.Text;
    private const NpgsqlDbType Int = NpgsqlDbType.Integer;
    private const NpgsqlDbType Long = NpgsqlDbType.Bigint;
    private const NpgsqlDbType Date = NpgsqlDbType.Date;
    private const NpgsqlDbType Time = NpgsqlDbType.Time;

    public async Task<long> InsertAsync(DocumentToSave document, DateTimeOffset ingestedAt, CancellationToken cancellationToken)
    {
        var meta = document.Extraction.Metadata;
        await using var insert = PostgresCommand.Create(connection, transaction,
            """
            INSERT INTO documents (source, source_path, content_hash, format, page_count, council, committee, meeting_date, title, ingested_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id
            """,
            document.Source, document.SourcePath, document.ContentHash, document.Format, document.Pages.Count,
            meta.Council, meta.Committee, meta.MeetingDate, meta.Title, ingestedAt);
        insert.Parameters[7].NpgsqlDbType = Date;
        var id = (long)(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;

        await CopyAsync("pages (document_id, number, text)", [Long, Int, Text], document.Pages, p => [id, p.Number, p.Text], cancellationToken).ConfigureAwait(false);
        await CopyAsync("parts (document_id, ordinal, kind, title, start_page, end_page, meeting_date, display_title)", [Long, Int, Text, Text, Int, Int, Date, Text],
            document.Extraction.Parts, p => [id, p.Ordinal, p.Kind.ToString(), p.Title, p.StartPage, p.EndPage, p.MeetingDate, p.DisplayTitle], cancellationToken).ConfigureAwait(false);
        var seq = 0;
        await CopyAsync("chunks (document_id, seq, part_ordinal, part_kind, part_title, item_title, page, meeting_date, committee, council, text)",
            [Long, Int, Int, Text, Text, Text, Int, Date, Text, Text, Text], document.Chunks,
            c => [id, seq++, c.PartOrdinal, c.PartKind.ToString(), c.PartTitle, c.ItemTitle, c.Page, c.MeetingDate, c.Committee, c.Council, c.Text],
            cancellationToken).ConfigureAwait(false);
        await InsertFactsAsync(id, document.Extraction.Facts, cancellationToken).ConfigureAwait(false);
        return id;
    }

    private async Task InsertFactsAsync(long id, DocumentFacts facts, CancellationToken cancellationToken)
    {
        await CopyAsync("meetings (document_id, council, committee, date, start_time, end_time, place, chair, part, page, quote, chair_page, chair_quote, end_page, end_quote)",
            [Long, Text, Text, Date, Time, Time, Text, Text, Text, Int, Text, Int, Text, Int, Text], facts.Meetings,
            m => [id, m.Council, m.Committee, m.Date, m.Start, m.End, m.Place, m.Chair, m.Evidence.Part, m.Evidence.Page, m.Evidence.Quote,
                  m.ChairEvidence?.Page, m.ChairEvidence?.Quote, m.EndEvidence?.Page, m.EndEvidence?.Quote],
            cancellationToken).ConfigureAwait(false);
        await CopyAsync("attendance (document_id, committee, meeting_date, name, status, role, part, page, quote)",
            [Long, Text, Date, Text, Text, Text, Text, Int, Text], facts.Attendance,
            a => [id, a.Committee, a.MeetingDate, a.Name, a.Status.ToString(), a.Role, a.Evidence.Part, a.Evidence.Page, a.Evidence.Quote],
            cancellationToken).ConfigureAwait(false);
        await CopyAsync("agenda_items (document_id, committee, meeting_date, number, title, part, page, quote)",
            [Long, Text, Date, Text, Text, Text, Int, Text], facts.AgendaItems,
            a => [id, a.Committee, a.MeetingDate, a.Number, a.Title, a.Evidence.Part, a.Evidence.Page, a.Evidence.Quote],
            cancellationToken).ConfigureAwait(false);
        await CopyAsync("resolutions (document_id, committee, meeting_date, minute_number, reference, item, text, part, page, quote)",
            [Long, Text, Date, Text, Text, Text, Text, Text, Int, Text], facts.Resolutions,
            r => [id, r.Committee, r.MeetingDate, r.MinuteNumber, r.Reference, r.Item, r.Text, r.Evidence.Part, r.Evidence.Page, r.Evidence.Quote],
            cancellationToken).ConfigureAwait(false);
        await CopyAsync(
            "recommendations (document_id, committee, meeting_date, topic, number, text, type, issued, deadline, response_status, response, part, page, quote)",
            [Long, Text, Date, Text, Text, Text, Text, Date, Date, Text, Text, Text, Int, Text], facts.Recommendations,
            r => [id, r.Committee, r.MeetingDate, r.Topic, r.Number, r.Text, r.Type, r.Issued, r.Deadline, r.ResponseStatus.ToString(), r.Response,
                  r.Evidence.Part, r.Evidence.Page, r.Evidence.Quote],
            cancellationToken).ConfigureAwait(false);
        await CopyAsync("work_programme (document_id, committee, meeting_date, when_text, item, lead, part, page, quote)",
            [Long, Text, Date, Text, Text, Text, Text, Int, Text], facts.WorkProgramme,
            w => [id, w.Committee, w.MeetingDate, w.When, w.Item, w.Lead, w.Evidence.Part, w.Evidence.Page, w.Evidence.Quote],
            cancellationToken).ConfigureAwait(false);
    }

    private async Task CopyAsync<T>(
        string table, NpgsqlDbType[] types, IReadOnlyList<T> rows, Func<T, object?[]> values, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var writer = await connection.BeginBinaryImportAsync($"COPY {table} FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            var rowValues = values(row);
            for (var i = 0; i < types.Length; i++)
            {
                if (rowValues[i] is null)
                {
                    await writer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await writer.WriteAsync(rowValues[i], types[i], cancellationToken).ConfigureAwait(false);
                }
            }
        }

        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }
}
