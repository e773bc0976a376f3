using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Ingestion;

/// <summary>A predictable extractor: one part per page (text joined without form feeds for multi-page parts when
/// <see cref="SinglePart"/>), and a resolution for every line starting "RESOLVED:".</summary>
internal sealed class FakeDocumentExtractor : IDocumentExtractor
{
    public static readonly DateOnly MeetingDate = new(2024, 11, 13);

    public bool SinglePart { get; init; }

    public int Calls { get; private set; }

    public ExtractionResult Extract(string source, IReadOnlyList<PageText> pages)
    {
        Calls++;
        var parts = SinglePart
            ? [new DocumentPart(0, PartKind.Minutes, "Minutes", pages[0].Number, pages[^1].Number, MeetingDate, string.Join("\n", pages.Select(p => p.Text)))]
            : pages.Select((p, i) => new DocumentPart(i, PartKind.Report, $"Part {i + 1}", p.Number, p.Number, MeetingDate, p.Text)).ToList();
        var resolutions = pages
            .SelectMany(p => p.Text.Split('\n').Where(l => l.StartsWith("RESOLVED:", StringComparison.Ordinal)).Select(l => (p.Number, Line: l)))
            .Select(x => new Resolution(source, "Test Committee", MeetingDate, "1", null, "Item", x.Line["RESOLVED:".Length..].Trim(),
                new Evidence(source, "Minutes", x.Number, x.Line)))
            .ToList();
        var meetings = new List<Meeting> { new(source, "Test Council", "Test Committee", MeetingDate, new TimeOnly(9, 30), null, "Room 1", "Cllr A", new Evidence(source, "Minutes", 1, "quote")) };
        var facts = DocumentFacts.Empty with { Meetings = meetings, Resolutions = resolutions };
        return new ExtractionResult(new DocumentMetadata("Test Council", "Test Committee", MeetingDate, source), parts, facts);
    }
}
