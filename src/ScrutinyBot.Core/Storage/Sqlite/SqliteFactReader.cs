using Microsoft.Data.Sqlite;
using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Storage.Sqlite;

/// <summary>Reads every fact table back into records, each with its evidence (source, part, page, quote).</summary>
internal sealed class SqliteFactReader(SqliteConnection connection)
{
    public async Task<DocumentFacts> ReadAsync(CancellationToken cancellationToken)
    {
        var meetings = await ReadAsync(
            "f.council, f.committee, f.date, f.start_time, f.end_time, f.place, f.chair, f.chair_page, f.chair_quote", "meetings",
            (r, e) => new Meeting(e.Source, S(r, 0), S(r, 1), D(r, 2) ?? default, SqliteValues.ParseTime(S(r, 3)), SqliteValues.ParseTime(S(r, 4)),
                S(r, 5), S(r, 6), e)
            {
                ChairEvidence = r.IsDBNull(7) || S(r, 8) is not { } chairQuote ? null : e with { Page = r.GetInt32(7), Quote = chairQuote },
            }, cancellationToken).ConfigureAwait(false);
        var attendance = await ReadAsync(
            "f.committee, f.meeting_date, f.name, f.status, f.role", "attendance",
            (r, e) => new Attendance(e.Source, S(r, 0), D(r, 1) ?? default, S(r, 2)!,
                SqliteValues.ParseEnum(S(r, 3)!, AttendanceStatus.Present), S(r, 4), e), cancellationToken).ConfigureAwait(false);
        var agendaItems = await ReadAsync(
            "f.committee, f.meeting_date, f.number, f.title", "agenda_items",
            (r, e) => new AgendaItem(e.Source, S(r, 0), D(r, 1) ?? default, S(r, 2)!, S(r, 3)!, e), cancellationToken).ConfigureAwait(false);
        var resolutions = await ReadAsync(
            "f.committee, f.meeting_date, f.minute_number, f.reference, f.item, f.text", "resolutions",
            (r, e) => new Resolution(e.Source, S(r, 0), D(r, 1) ?? default, S(r, 2), S(r, 3), S(r, 4), S(r, 5)!, e), cancellationToken).ConfigureAwait(false);
        var recommendations = await ReadAsync(
            "f.committee, f.meeting_date, f.topic, f.number, f.text, f.type, f.issued, f.deadline, f.response_status, f.response", "recommendations",
            (r, e) => new Recommendation(e.Source, S(r, 0), D(r, 1) ?? default, S(r, 2), S(r, 3), S(r, 4)!, S(r, 5), D(r, 6), D(r, 7),
                SqliteValues.ParseEnum(S(r, 8)!, ResponseStatus.None), S(r, 9), e), cancellationToken).ConfigureAwait(false);
        var workProgramme = await ReadAsync(
            "f.committee, f.meeting_date, f.when_text, f.item, f.lead", "work_programme",
            (r, e) => new WorkProgrammeItem(e.Source, S(r, 0), D(r, 1), S(r, 2), S(r, 3)!, S(r, 4), e), cancellationToken).ConfigureAwait(false);
        return new DocumentFacts(meetings, attendance, agendaItems, resolutions, recommendations, workProgramme);
    }

    private async Task<IReadOnlyList<T>> ReadAsync<T>(
        string columns, string table, Func<SqliteDataReader, Evidence, T> map, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {columns}, d.source, f.part, f.page, f.quote, d.title, d.format, d.source_path
            FROM {table} f JOIN documents d ON d.id = f.document_id
            ORDER BY f.document_id, f.id
            """;
        var count = columns.Split(',').Length;
        var results = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var evidence = new Evidence(reader.GetString(count), reader.GetString(count + 1), reader.GetInt32(count + 2), reader.GetString(count + 3))
            {
                Paper = new CitedPaper(S(reader, count + 4) ?? reader.GetString(count), reader.GetString(count + 5), reader.GetString(count + 6)),
            };
            results.Add(map(reader, evidence));
        }

        return results;
    }

    private static string? S(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateOnly? D(SqliteDataReader reader, int ordinal) => SqliteValues.ParseDate(S(reader, ordinal));
}
