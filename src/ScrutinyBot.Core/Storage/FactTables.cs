using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Storage.Sqlite;

namespace ScrutinyBot.Core.Storage;

/// <summary>The fact tables every storage engine reads the same way (each engine's <see cref="IFactRow"/> says how it
/// stores dates and times), and the whole set read through an engine's <see cref="IFactTableReader"/>.</summary>
public static class FactTables
{
    public static readonly FactTable<Meeting> Meetings = new(
        "meetings", "f.council, f.committee, f.date, f.start_time, f.end_time, f.place, f.chair, f.chair_page, f.chair_quote, f.end_page, f.end_quote",
        (r, e) => new Meeting(e.Source, r.Text(0), r.Text(1), r.Date(2) ?? default, r.Time(3), r.Time(4), r.Text(5), r.Text(6), e)
        {
            ChairEvidence = r.Number(7) is not { } page || r.Text(8) is not { } quote ? null : e with { Page = page, Quote = quote },
            EndEvidence = r.Number(9) is not { } endPage || r.Text(10) is not { } endQuote ? null : e with { Page = endPage, Quote = endQuote },
        });

    public static readonly FactTable<Attendance> Attendance = new(
        "attendance", "f.committee, f.meeting_date, f.name, f.status, f.role",
        (r, e) => new Attendance(e.Source, r.Text(0), r.Date(1) ?? default, r.Text(2)!,
            SqliteValues.ParseEnum(r.Text(3)!, AttendanceStatus.Present), r.Text(4), e));

    public static readonly FactTable<AgendaItem> AgendaItems = new(
        "agenda_items", "f.committee, f.meeting_date, f.number, f.title",
        (r, e) => new AgendaItem(e.Source, r.Text(0), r.Date(1) ?? default, r.Text(2)!, r.Text(3)!, e));

    public static readonly FactTable<Resolution> Resolutions = new(
        "resolutions", "f.committee, f.meeting_date, f.minute_number, f.reference, f.item, f.text",
        (r, e) => new Resolution(e.Source, r.Text(0), r.Date(1) ?? default, r.Text(2), r.Text(3), r.Text(4), r.Text(5)!, e));

    public static readonly FactTable<Recommendation> Recommendations = new(
        "recommendations", "f.committee, f.meeting_date, f.topic, f.number, f.text, f.type, f.issued, f.deadline, f.response_status, f.response",
        (r, e) => new Recommendation(e.Source, r.Text(0), r.Date(1) ?? default, r.Text(2), r.Text(3), r.Text(4)!, r.Text(5), r.Date(6), r.Date(7),
            SqliteValues.ParseEnum(r.Text(8)!, ResponseStatus.None), r.Text(9), e));

    public static readonly FactTable<WorkProgrammeItem> WorkProgramme = new(
        "work_programme", "f.committee, f.meeting_date, f.when_text, f.item, f.lead",
        (r, e) => new WorkProgrammeItem(e.Source, r.Text(0), r.Date(1), r.Text(2), r.Text(3)!, r.Text(4), e));

    /// <summary>Every fact of the store, read table by table through the engine's reader.</summary>
    public static async Task<DocumentFacts> ReadAllAsync(IFactTableReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var meetings = await reader.ReadAsync(Meetings, cancellationToken).ConfigureAwait(false);
        var attendance = await reader.ReadAsync(Attendance, cancellationToken).ConfigureAwait(false);
        var agendaItems = await reader.ReadAsync(AgendaItems, cancellationToken).ConfigureAwait(false);
        var resolutions = await reader.ReadAsync(Resolutions, cancellationToken).ConfigureAwait(false);
        var recommendations = await reader.ReadAsync(Recommendations, cancellationToken).ConfigureAwait(false);
        var workProgramme = await reader.ReadAsync(WorkProgramme, cancellationToken).ConfigureAwait(false);
        return new DocumentFacts(meetings, attendance, agendaItems, resolutions, recommendations, workProgramme);
    }
}
