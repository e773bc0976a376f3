using UglyToad.PdfPig.Content;

namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>Rebuilds the lines of a PDF page from its letters: rows by baseline (superscripts on their row), words
/// from letter gaps, wide gaps (and narrower ones that run down the rows: <see cref="PdfColumnGaps"/>) as tabs (table cells: a table stays rows, its cells under their header's columns,
/// <see cref="TableGrid"/>), and a paragraph break where the gap
/// between two lines is clearly wider than the line spacing. Rotated text follows the upright
/// text, as lines of its own.</summary>
internal static class PdfPageLines
{
    private const double ParagraphGap = 1.5;

    public static List<PdfLine> Build(Page page)
    {
        var lines = new List<PdfLine>();
        var height = page.Height > 0 ? page.Height : 842;
        foreach (var (angle, glyphs) in PdfGlyphs.ByDirection(page.Letters))
        {
            var built = PdfTextRows.Build(glyphs);
            var columnStarts = PdfColumnGaps.Find(built);
            var rows = built.Select((row, i) => PdfLetterWords.Cells(row, columnStarts[i])).Where(r => r.Cells.Count > 0).ToList();
            var aligned = TableGrid.Aligned(rows.Select(r => r.Cells).ToList());
            PdfCellRow? previous = null;
            for (var r = 0; r < rows.Count; r++)
            {
                var row = rows[r];
                var paragraph = previous is null
                    ? lines.Count > 0
                    : previous.Baseline < row.Baseline || previous.Baseline - row.Baseline > ParagraphGap * Math.Max(previous.Size, row.Size);
                var depth = angle == 0 ? Math.Clamp(1 - (row.Baseline / height), 0, 1) : 0.5;
                lines.Add(new PdfLine(aligned[r] ?? row.Text, depth, paragraph));
                previous = row;
            }
        }

        return lines;
    }
}
