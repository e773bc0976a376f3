using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Storage.Tests.Contracts;

/// <summary>Documents to save through the seam: one with a fact of every kind, or one made of given chunks.</summary>
internal static class TestDocuments
{
    public static readonly DateOnly Meeting = new(2024, 11, 13);

    public static DocumentToSave WithEveryFact(string hash, string text, string path = "/papers/doc.txt")
    {
        var source = Path.GetFileName(path);
        Evidence E(string quote) => new(source, "Minutes", 2, quote);
        var facts = new DocumentFacts(
            [new Meeting(source, "Test Council", "Test Committee", Meeting, new TimeOnly(9, 30), new TimeOnly(12, 3), "Room", "Cllr Chair", E("quote meeting"))],
            [new Attendance(source, "Test Committee", Meeting, "Cllr Absent", AttendanceStatus.Apologies, null, E("apologies"))],
            [new AgendaItem(source, "Test Committee", Meeting, "4", "Budget", E("4 Budget"))],
            [new Resolution(source, "Test Committee", Meeting, "22", "2024/001", "Budget", "resolved " + text, E("RESOLVED"))],
            [new Recommendation(source, "Test Committee", Meeting, "Budget", "1", "That the council ...", "R", new DateOnly(2024, 10, 1),
                new DateOnly(2024, 12, 1), ResponseStatus.Partial, "Part answered", E("tracker row"))],
            [new WorkProgrammeItem(source, "Test Committee", null, "March 2025", "SEND update", "Director", E("March 2025 SEND update"))]);
        var metadata = new DocumentMetadata("Test Council", "Test Committee", Meeting, "Minutes");
        var part = new DocumentPart(0, PartKind.Minutes, "Minutes", 1, 2, Meeting, text);
        var chunk = new Chunk(source, 0, PartKind.Minutes, "Minutes", "Budget", 1, Meeting, "Test Committee", "Test Council", text);
        return new DocumentToSave(source, path, hash, "text", [new PageText(1, text), new PageText(2, "page two")],
            new ExtractionResult(metadata, [part], facts), [chunk]);
    }

    public static DocumentToSave WithChunks(string path, string? committee, DateOnly? meetingDate, params Chunk[] chunks)
    {
        var source = Path.GetFileName(path);
        var metadata = new DocumentMetadata("Testshire County Council", committee, meetingDate, "Pack");
        var fixedChunks = chunks.Select(c => c with { Source = source }).ToList();
        return new DocumentToSave(source, path, "hash-" + source, "text", [new PageText(1, string.Join(' ', chunks.Select(c => c.Text)))],
            new ExtractionResult(metadata, [], DocumentFacts.Empty), fixedChunks);
    }

    public static Chunk Chunk(string text, string partTitle = "Report", PartKind kind = PartKind.Report, string? itemTitle = null,
        DateOnly? meetingDate = null, string? committee = null, int page = 1, int partOrdinal = 0) =>
        new("x", partOrdinal, kind, partTitle, itemTitle, page, meetingDate, committee, "Testshire County Council", text);
}
