using Microsoft.Extensions.DependencyInjection;
using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Host.Tests.Teams;

/// <summary>One committee's minutes and tracker, written through the store as ingestion would, with dates around
/// the factory's clock (1 February 2025): one recommendation overdue, one due soon, one meeting ahead.</summary>
internal static class BotTestData
{
    public const string Source = "cyp-minutes-2024-11-13.txt";

    /// <summary>The document's title, as ingestion would give it.</summary>
    public const string Title = "Minutes — Children and Young People Scrutiny Committee, 13 November 2024";
    public const string Committee = "Children and Young People Scrutiny Committee";
    public const string ChairQuote = "As the Chair of the Committee was absent, the Vice Chair, Councillor Michael Savage, chaired the meeting.";
    public const string OverdueText = "That the Executive reviews home to school transport eligibility for SEND pupils.";
    public const string DueSoonText = "That the Executive publishes the school places sufficiency plan.";
    public const string ResolutionText = "To note the Nottingham City Safeguarding Children Partnership Annual Report 2023/24.";

    public static readonly DateOnly MeetingDate = new(2024, 11, 13);
    public static readonly DateOnly NextMeetingDate = new(2025, 3, 12);

    public static Task SeedAsync(IServiceProvider services)
    {
        var store = services.GetRequiredService<IDocumentStore>();
        return store.SaveAsync(Document(), CancellationToken.None);
    }

    private static DocumentToSave Document()
    {
        const string part = "Minutes of the meeting held on 13 November 2024";
        var page3 = $"Nottingham City Council {Committee}. Minutes of the meeting held on 13 November 2024. {ChairQuote}";
        var page4 = $"23 Nottingham City Safeguarding Children Partnership Annual Report 2023/24. Resolved: {ResolutionText}";
        var page5 = $"Recommendation tracker. 1 {OverdueText} Deadline 20 January 2025. 2 {DueSoonText} Deadline 10 February 2025.";
        Evidence Evidence(int page, string quote) => new(Source, part, page, quote);
        var facts = new DocumentFacts(
            Meetings:
            [
                new Meeting(Source, "Nottingham City Council", Committee, MeetingDate, new TimeOnly(9, 31), new TimeOnly(12, 3), "Loxley House", "Councillor Michael Savage", Evidence(3, ChairQuote)),
                new Meeting(Source, "Nottingham City Council", Committee, NextMeetingDate, new TimeOnly(9, 30), null, "Loxley House", null, Evidence(5, "Next meeting: 12 March 2025 at 9.30 am")),
            ],
            Attendance: [new Attendance(Source, Committee, MeetingDate, "Councillor Maria Watson", AttendanceStatus.Absent, null, Evidence(3, "Absent Councillor Maria Watson"))],
            AgendaItems: [],
            Resolutions: [new Resolution(Source, Committee, MeetingDate, "23", null, "Safeguarding Children Partnership Annual Report", ResolutionText, Evidence(4, ResolutionText))],
            Recommendations:
            [
                new Recommendation(Source, Committee, MeetingDate, "SEND transport", "1", OverdueText, "R", new DateOnly(2024, 11, 20), new DateOnly(2025, 1, 20), ResponseStatus.None, null, Evidence(5, OverdueText)),
                new Recommendation(Source, Committee, MeetingDate, "School places", "2", DueSoonText, "R", new DateOnly(2024, 11, 20), new DateOnly(2025, 2, 10), ResponseStatus.None, null, Evidence(5, DueSoonText)),
            ],
            WorkProgramme: []);
        var parts = new List<DocumentPart> { new(0, PartKind.Minutes, part, 3, 5, MeetingDate, string.Join("\n\f", page3, page4, page5)) };
        var chunks = new List<Chunk>
        {
            Chunk(3, page3),
            Chunk(4, page4),
            Chunk(5, page5),
        };
        return new DocumentToSave(
            Source,
            "/papers/" + Source,
            "hash-" + Source,
            "text",
            [new PageText(3, page3), new PageText(4, page4), new PageText(5, page5)],
            new ExtractionResult(new DocumentMetadata("Nottingham City Council", Committee, MeetingDate, Title), parts, facts),
            chunks);

        Chunk Chunk(int page, string text) => new(Source, 0, PartKind.Minutes, part, null, page, MeetingDate, Committee, "Nottingham City Council", text);
    }
}
