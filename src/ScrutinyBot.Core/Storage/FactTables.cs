using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Storage.Sqlite;

namespace ScrutinyBot.Core.Storage;

/// <summary>The fact tables every storage engine reads the same way (meetings differ: each engine stores times and
/// the chair's evidence in its own way).</summary>
public static class FactTables
{
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
}
