using ScrutinyBot.Core.Answering;
using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Teams.Tests.App.Fakes;

/// <summary>Facts shaped like the sample papers, built fresh for each test.</summary>
internal static class SampleFacts
{
    public const string Source = "000_sample.txt";
    public const string Committee = "Children and Young People Scrutiny Committee";

    public static Evidence Evidence(string quote = "The Committee resolved to note the report.") => new(Source, "Minutes 13 November 2024", 4, quote);

    public static Recommendation Recommendation(string number = "1", DateOnly? deadline = null, ResponseStatus status = ResponseStatus.None) =>
        new(Source, Committee, new DateOnly(2024, 11, 13), "SEND transport", number, "That the Executive reviews transport eligibility.",
            "R", new DateOnly(2024, 11, 20), deadline ?? new DateOnly(2025, 1, 20), status, status == ResponseStatus.None ? null : "Holding response.", Evidence("Recommendation " + number));

    public static Resolution Resolution(DateOnly? date = null, string text = "To note the annual report.") =>
        new(Source, Committee, date ?? new DateOnly(2024, 11, 13), "23", null, "Safeguarding Partnership Annual Report", text, Evidence(text));

    public static Meeting Meeting(DateOnly? date = null) =>
        new(Source, "Nottingham City Council", Committee, date ?? new DateOnly(2025, 1, 15), new TimeOnly(9, 30), null,
            "Loxley House", "Councillor Michael Savage", Evidence("Date: Wednesday, 15 January 2025 - Time: 9.30 am"));

    public static Citation Citation(int number, string quote = "Councillor Michael Savage chaired the meeting.") =>
        new(number, Source, "Minutes", 3, new DateOnly(2024, 11, 13), Committee, quote);

    public static Answer Answer(bool aiGenerated = false, int citations = 1) =>
        new(true, "Councillor Michael Savage chaired it [1].", [.. Enumerable.Range(1, citations).Select(n => Citation(n))], aiGenerated);
}
