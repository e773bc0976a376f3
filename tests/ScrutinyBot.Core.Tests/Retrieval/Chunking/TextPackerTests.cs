using ScrutinyBot.Core.Retrieval.Chunking;

namespace ScrutinyBot.Core.Tests.Retrieval.Chunking;

public class TextPackerTests
{
    [Fact]
    public void Pack_PieceFullAtALineEndMidSentence_ReadsOnToTheSentenceEnd()
    {
        // Lines as pdftotext gives them: the sentence with the figure runs over three lines.
        var text = string.Join('\n', Enumerable.Range(1, 8).Select(i => $"Paragraph {i} explains how the grant is worked out from capacity and forecast pupil numbers.")) + "\n"
            + "3.3 The allocations for the 2024-25 financial year are based upon the projected\n"
            + "need for new places by September 2025 (the start of academic year 2025/26);\n"
            + "Kent has been allocated £5,046,624. The 'lumpy' nature of new school provision follows.\n"
            + string.Join('\n', Enumerable.Range(1, 8).Select(i => $"Later paragraph {i} is about something else entirely, for padding."));

        var pieces = TextPacker.Pack(text, 0, text.Length, min: 800, max: 1200, overlap: 150);

        var withStart = pieces.Single(p => p.Text.Contains("3.3 The allocations", StringComparison.Ordinal) && !p.Text.StartsWith("3.3", StringComparison.Ordinal));
        Assert.Contains("Kent has been allocated £5,046,624.", withStart.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_NoSentenceEndWithinTheMaximum_CutsAtTheSizeAsBefore()
    {
        var text = string.Join('\n', Enumerable.Range(1, 60).Select(i => $"row {i} value {i * 3} another value {i * 7}"));

        var pieces = TextPacker.Pack(text, 0, text.Length, min: 300, max: 500, overlap: 0);

        Assert.True(pieces.Count > 3);
        Assert.All(pieces, p => Assert.True(p.Text.Length <= 500, p.Text));
    }
}
