using UglyToad.PdfPig.Content;

namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>Rebuilds the lines of a PDF page from its letters: top to bottom, words from letter gaps, superscripts
/// on their line, wide gaps as tabs (table cells), and a paragraph break where the gap between two lines is clearly
/// wider than the line spacing. Rotated text follows the upright text, as lines of its own.</summary>
internal static class PdfPageLines
{
    private const double ParagraphGap = 1.5;

    public static List<PdfLine> Build(Page page)
    {
        var lines = new List<PdfLine>();
        var height = page.Height > 0 ? page.Height : 842;
        foreach (var (angle, glyphs) in PdfGlyphs.ByDirection(page.Letters))
        {
            PdfRow? previous = null;
            foreach (var row in PdfTextRows.Build(glyphs))
            {
                var text = PdfLetterWords.Text(row);
                if (text.Length == 0)
                {
                    continue;
                }

                var paragraph = previous is not null && previous.Baseline - row.Baseline > ParagraphGap * Math.Max(previous.Size, row.Size);
                var depth = angle == 0 ? Math.Clamp(1 - (row.Baseline / height), 0, 1) : 0.5;
                lines.Add(new PdfLine(text, depth, paragraph || (previous is null && lines.Count > 0)));
                previous = row;
            }
        }

        return lines;
    }
}
