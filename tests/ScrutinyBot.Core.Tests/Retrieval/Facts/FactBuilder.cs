using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Tests.Retrieval.Facts;

/// <summary>Builds small fact sets for tests.</summary>
internal static class FactBuilder
{
    public const string Cyp = "Children and Young People Scrutiny Committee";

    public static Recommendation Recommendation(string text, DateOnly? deadline, ResponseStatus status, string? committee = Cyp, string source = "tracker.pdf") =>
        new(source, committee, new DateOnly(2024, 11, 13), "Fair Access", "1", text, "R", new DateOnly(2024, 11, 3), deadline, status,
            status == ResponseStatus.None ? null : "A response.", new Evidence(source, "Recommendation tracker", 4, text));

    public static Resolution Resolution(string text, DateOnly meetingDate, string? committee = Cyp, string source = "minutes.pdf") =>
        new(source, committee, meetingDate, "5", "2024/001", "Item", text, new Evidence(source, "Minutes", 2, text));

    public static Meeting Meeting(DateOnly date, string? committee = Cyp, string source = "pack.pdf") =>
        new(source, "Council", committee, date, new TimeOnly(18, 0), null, "Town Hall", "Cllr Chair", new Evidence(source, "Front sheet", 1, "quote"));

    public static StoredDocument Document(string source, DateTimeOffset ingestedAt, string? committee = Cyp) =>
        new(1, source, "/papers/" + source, "hash", "pdf", 10, ingestedAt, new DocumentMetadata("Council", committee, null, source));

    public static FactSet Set(
        IReadOnlyList<Recommendation>? recommendations = null,
        IReadOnlyList<Resolution>? resolutions = null,
        IReadOnlyList<Meeting>? meetings = null,
        IReadOnlyList<StoredDocument>? documents = null) =>
        new(DocumentFacts.Empty with
        {
            Recommendations = recommendations ?? [],
            Resolutions = resolutions ?? [],
            Meetings = meetings ?? [],
        }, documents ?? []);
}
