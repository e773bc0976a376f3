using ScrutinyBot.Core.Ingestion.Readers;

namespace ScrutinyBot.Core.Tests.Ingestion.Readers;

/// <summary>A table whose cells fill their columns leaves only about a font size between them, as prose may; the
/// page's layout tells a column's edge (blank down the rows, its cells starting flush left) from a justified line's
/// wide spaces or a bullet set apart from its text.</summary>
public sealed class PdfColumnGapsTests
{
    private const double Size = 10;
    private readonly PdfDocumentReader _sut = new();

    [Fact]
    public void Read_TableWhoseFirstColumnIsFull_PartsTheCellsAlongTheColumnsEdge()
    {
        string[] first = ["Meeting and topic", "12 March: Adult Social Care Workforce", "10 July: SEND transport", "4 September: Libraries"];
        string[] second = ["Recommendation", "That the Mayor pays the Real Living Wage", "That the Cabinet reviews travel training", "That the Cabinet keeps all branches open"];
        using var pdf = new PdfTextRuns().NewPage();
        // The widest first cell ends 13 pt (1.3 font sizes) before the second column: too narrow to part it alone.
        var widest = first.Max(t => pdf.Measure(t, Size));
        for (var r = 0; r < first.Length; r++)
        {
            var y = 700 - (r * 14);
            pdf.Write(first[r], Size, 40, y);
            pdf.Write(second[r], Size, 40 + widest + 13, y);
        }

        var lines = _sut.Read("tracker.pdf", pdf.Build()).Single().Text.Split('\n');

        Assert.Equal(first.Zip(second, (a, b) => $"{a}\t{b}"), lines);
    }

    [Fact]
    public void Read_JustifiedLinesSpacedWideAlike_StayWords()
    {
        using var pdf = new PdfTextRuns().NewPage();
        for (var r = 0; r < 4; r++)
        {
            var x = 40.0;
            foreach (var word in new[] { "the", "committee", "noted", "the", "report" })
            {
                x = pdf.Write(word, Size, x, 700 - (r * 14)) + 12;
            }
        }

        var text = _sut.Read("minutes.pdf", pdf.Build()).Single().Text;

        Assert.DoesNotContain('\t', text);
    }

    [Fact]
    public void Read_BulletSetApartFromItsText_StaysWithIt()
    {
        using var pdf = new PdfTextRuns().NewPage();
        string[] items = ["Internal Audit Plan 2025/26", "External Audit Annual Plan", "Corporate Risk Register"];
        for (var r = 0; r < items.Length; r++)
        {
            var y = 700 - (r * 14);
            pdf.Write("\u25cf", Size, 40, y, dingbats: true);
            pdf.Write(items[r], Size, 40 + 8 + 12, y);
        }

        var text = _sut.Read("pack.pdf", pdf.Build()).Single().Text;

        Assert.DoesNotContain('\t', text);
        Assert.Contains("Internal Audit Plan 2025/26", text, StringComparison.Ordinal);
    }
}
