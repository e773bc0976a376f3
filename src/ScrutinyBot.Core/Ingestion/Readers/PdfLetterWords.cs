using System.Text;

namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>Writes a row's glyphs as text, breaking words where the letters are apart (a space glyph, or a gap
/// wider than a fraction of the font size) whatever the content stream says, and cells (a tab) where the gap
/// is wide. A letter printed twice in place (fake bold) is kept once.</summary>
internal static class PdfLetterWords
{
    private const double WordGap = 0.15;
    private const double CellGap = 2.0;
    private const double SamePlace = 0.2;

    public static string Text(PdfRow row)
    {
        var text = new StringBuilder();
        PdfGlyph? previous = null;
        var spaced = false;
        foreach (var glyph in row.Glyphs)
        {
            if (glyph.IsSpace)
            {
                spaced = true;
                continue;
            }

            if (previous is { } last)
            {
                var size = Math.Min(last.Size, glyph.Size);
                var gap = glyph.X - last.End;
                if (glyph.Value == last.Value && Math.Abs(glyph.X - last.X) < SamePlace * size)
                {
                    continue;
                }

                if (gap > CellGap * Math.Max(last.Size, glyph.Size))
                {
                    text.Append('\t');
                }
                else if (spaced || gap > WordGap * size)
                {
                    text.Append(' ');
                }
            }

            text.Append(glyph.Value);
            previous = glyph;
            spaced = false;
        }

        return text.ToString();
    }
}
