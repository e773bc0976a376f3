using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Tests.Answering.Facts;

/// <summary>Builds small fact sets for the fact-answer tests.</summary>
internal static class FactSets
{
    public const string Cyp = "Children and Young People Scrutiny Committee";
    public const string Health = "Health Scrutiny Committee";

    public static Meeting Meeting(DateOnly date, string? committee = Cyp, string source = "pack.txt", string? chair = null, TimeOnly? end = null) =>
        new(source, "Council", committee, date, new TimeOnly(9, 30), end, "Loxley House", chair, new Evidence(source, "Front sheet", 1, $"meeting {date}"));

    public static Attendance Attendee(DateOnly date, string name, AttendanceStatus status, string source = "pack.txt", string? role = null) =>
        new(source, Cyp, date, name, status, role, new Evidence(source, "Minutes", 3, $"{status}: {name}"));

    public static Resolution Resolution(DateOnly date, string text, string? reference = null, string? committee = Cyp, string? item = "Item", string minute = "7") =>
        new("minutes.txt", committee, date, minute, reference, item, text, new Evidence("minutes.txt", "Minutes", 2, text));

    public static Recommendation Recommendation(string text, DateOnly? deadline, ResponseStatus status = ResponseStatus.None, string? topic = "Fair Access", string? response = null) =>
        new("tracker.txt", Cyp, new DateOnly(2024, 11, 13), topic, "1", text, "R", new DateOnly(2024, 11, 15), deadline, status, response,
            new Evidence("tracker.txt", "Recommendation tracker", 9, text));

    public static WorkProgrammeItem Programme(string item, DateOnly? date, string? when = null, string? lead = null, string? committee = Cyp) =>
        new("programme.txt", committee, date, when, item, lead, new Evidence("programme.txt", "Work programme", 12, item));

    public static FactSet Set(
        IReadOnlyList<Meeting>? meetings = null,
        IReadOnlyList<Attendance>? attendance = null,
        IReadOnlyList<Resolution>? resolutions = null,
        IReadOnlyList<Recommendation>? recommendations = null,
        IReadOnlyList<WorkProgrammeItem>? programme = null,
        IReadOnlyList<StoredDocument>? documents = null) =>
        new(DocumentFacts.Empty with
        {
            Meetings = meetings ?? [],
            Attendance = attendance ?? [],
            Resolutions = resolutions ?? [],
            Recommendations = recommendations ?? [],
            WorkProgramme = programme ?? [],
        }, documents ?? []);
}
