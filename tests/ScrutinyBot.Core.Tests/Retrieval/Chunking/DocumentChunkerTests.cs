using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Retrieval.Chunking;
using ScrutinyBot.Core.Tests.Ingestion;

namespace ScrutinyBot.Core.Tests.Retrieval.Chunking;

public sealed class DocumentChunkerTests
{
    private static readonly DateOnly Date = new(2024, 11, 13);
    private readonly DocumentChunker _sut = new();

    [Fact]
    public void Split_SampleParts_ChunksStayInsideTheirPartAndWithinSize()
    {
        var text = SamplePapers.Read("002");
        var half = text.IndexOf('\n', text.Length / 2);
        var parts = new[]
        {
            new DocumentPart(0, PartKind.FrontSheet, "Agenda", 1, 1, Date, text[..half]),
            new DocumentPart(1, PartKind.Report, "Report", 1, 1, Date, text[half..]),
        };

        var chunks = _sut.Split("s.txt", [new PageText(1, text)], Result(parts));

        Assert.All(chunks, c => Assert.True(c.Text.Length <= DocumentChunker.MaxChars + DocumentChunker.OverlapChars + 2, $"{c.Text.Length} chars"));
        Assert.All(chunks, c => Assert.Contains(c.Text[^Math.Min(40, c.Text.Length)..], parts[c.PartOrdinal].Text, StringComparison.Ordinal));
        var sizes = chunks.Select(c => c.Text.Length).Order().ToList();
        Assert.InRange(sizes[sizes.Count / 2], 600, 1350);
        Assert.Contains(chunks, c => c.PartOrdinal == 0);
        Assert.Contains(chunks, c => c.PartOrdinal == 1);
    }

    [Fact]
    public void Split_PackWithABlankPageNotice_PassagesLeaveItOutAndKeepTheText()
    {
        const string text = "Proposed Amount: £75k\nPage 37\nThis page is intentionally left blank Budget Amendment Form\nThis page is intentionally left blank\nAmendment: LEVI capital funding";
        var part = new DocumentPart(0, PartKind.Report, "Amendments", 1, 1, Date, text);

        var chunk = Assert.Single(_sut.Split("s.txt", [new PageText(1, text)], Result([part])));

        Assert.DoesNotContain("intentionally", chunk.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Page 37\nBudget Amendment Form\nAmendment: LEVI capital funding", chunk.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_PartThatIsOnlyABlankPageNotice_GivesNoPassage()
    {
        var part = new DocumentPart(0, PartKind.Report, "Blank", 1, 1, Date, "This page is intentionally left blank.");

        Assert.Empty(_sut.Split("s.txt", [new PageText(1, part.Text)], Result([part])));
    }

    [Fact]
    public void Split_LongText_ConsecutiveChunksOverlap()
    {
        var sentences = Enumerable.Range(1, 60).Select(i => $"Sentence number {i} says something about school places.");
        var text = string.Join(' ', sentences);
        var part = new DocumentPart(0, PartKind.Report, "Report", 1, 1, Date, text);

        var chunks = _sut.Split("s.txt", [new PageText(1, text)], Result([part]));

        Assert.True(chunks.Count >= 2);
        var firstSentenceOfSecond = chunks[1].Text[..(chunks[1].Text.IndexOf('.', StringComparison.Ordinal) + 1)];
        Assert.Contains(firstSentenceOfSecond, chunks[0].Text[^DocumentChunker.OverlapChars..], StringComparison.Ordinal);
    }

    [Fact]
    public void Split_ShortRemainderAfterAFullChunk_StaysWithThatChunk()
    {
        var body = string.Join('\n', Enumerable.Range(1, 10).Select(i => $"{i}) Paragraph {i} says something about school places in the city and how they are planned."));
        var text = body + "\n11) To invite the trusts to a future meeting.";
        var part = new DocumentPart(0, PartKind.Report, "Report", 1, 1, Date, text);

        var chunks = _sut.Split("s.txt", [new PageText(1, text)], Result([part]));

        Assert.Single(chunks);
        Assert.EndsWith("future meeting.", chunks[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_MinutesWithItemHeadings_ChunksCarryItemTitleAndNeverSpanItems()
    {
        var text = "Minutes of the meeting\n\n20 Apologies for Absence\n\nCouncillor A.\n\n21 Declarations of Interest\n\nNone.\n\n"
            + "22 SCHOOL PLACES\n\n" + string.Join(' ', Enumerable.Repeat("The committee discussed school places at length.", 40));
        var part = new DocumentPart(0, PartKind.Minutes, "Minutes", 1, 1, Date, text);

        var chunks = _sut.Split("m.txt", [new PageText(1, text)], Result([part]));

        Assert.Equal([null, "Apologies for Absence", "Declarations of Interest"], chunks.Take(3).Select(c => c.ItemTitle));
        Assert.All(chunks.Skip(3), c => Assert.Equal("SCHOOL PLACES", c.ItemTitle));
        Assert.DoesNotContain("Declarations", chunks[1].Text, StringComparison.Ordinal);
        Assert.All(chunks, c => Assert.Equal(("m.txt", Date, "Committee", "Council"), (c.Source, c.MeetingDate, c.Committee, c.Council)));
    }

    [Fact]
    public void Split_PartOverSeveralPagesWithoutFormFeeds_MapsChunksToTheirStartPage()
    {
        var pages = Enumerable.Range(1, 3)
            .Select(n => new PageText(n, $"Page {n} heading\n" + string.Join(' ', Enumerable.Repeat($"Text of page {n} continues here.", 45))))
            .ToList();
        var part = new DocumentPart(0, PartKind.Report, "Report", 1, 3, Date, string.Join("\n", pages.Select(p => p.Text)));

        var chunks = _sut.Split("r.pdf", pages, Result([part]));

        foreach (var chunk in chunks)
        {
            var firstNew = chunk.Text.Contains("Page 2 heading", StringComparison.Ordinal) ? 2 : chunk.Text.Contains("Page 3 heading", StringComparison.Ordinal) ? 3 : 0;
            if (firstNew == 0)
            {
                Assert.Contains($"Text of page {chunk.Page} ", chunk.Text, StringComparison.Ordinal);
            }
        }

        Assert.Equal([1, 2, 3], chunks.Select(c => c.Page).Distinct());
    }

    [Fact]
    public void Split_PartWithFormFeeds_UsesThemAsPageStarts()
    {
        var text = "first page text.\fsecond page text.\fthird page text.";
        var part = new DocumentPart(0, PartKind.Appendix, "Appendix", 4, 6, null, text);
        var pages = new[] { new PageText(4, "first page text."), new PageText(5, "second page text."), new PageText(6, "third page text.") };

        var map = PartPageMap.Build(part, pages);

        Assert.Equal([4, 5, 6], new[] { 0, text.IndexOf("second", StringComparison.Ordinal), text.IndexOf("third", StringComparison.Ordinal) }.Select(map.PageAt));
    }

    private static ExtractionResult Result(IReadOnlyList<DocumentPart> parts) =>
        new(new DocumentMetadata("Council", "Committee", Date, "Title"), parts, DocumentFacts.Empty);
}
