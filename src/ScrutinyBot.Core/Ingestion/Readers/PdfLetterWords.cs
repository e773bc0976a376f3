using System.Text;

namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>Writes a row's glyphs as words, breaking them where the letters are apart (a space glyph, or a gap
/// wider than a fraction of the font size) whatever the content stream says, and into cells where the gap is wide
/// or the page's layout shows a narrower one to be a column's edge.
/// A letter printed twice in place (fake bold) is kept once.</summary>
internal static class PdfLetterWords
{
    /// <summary>The gap, in font sizes, that parts words where the stream has no space.</summary>
    public const double WordGap = 0.15;
    /// <summary>The gap, in font sizes, that parts cells whatever the rows around it hold.</summary>
    public const double CellGap = 2.0;
    private const double SamePlace = 0.2;

    /// <param name="columnStarts">Where narrower gaps part columns on this row (<see cref="PdfColumnGaps"/>): the
    /// x of the letter after each.</param>
    public static PdfCellRow Cells(PdfRow row, IReadOnlySet<double>? columnStarts = null)
    {
        var cells = new List<PdfCell>();
        var text = new StringBuilder();
        var left = 0.0;
        PdfGlyph? previous = null;
        var spaced = false;
        foreach (var glyph in row.Glyphs)
        {
            if (glyph.IsSpace)
            {
                spaced |= previous is not { } before || glyph.X >= (before.X + before.End) / 2;
                continue;
            }

            if (previous is { } last)
            {
                var gap = glyph.X - last.End;
                if (glyph.Value == last.Value && Math.Abs(glyph.X - last.X) < SamePlace * Math.Min(last.Size, glyph.Size))
                {
                    continue;
                }

                if (gap > CellGap * Math.Max(last.Size, glyph.Size) || (columnStarts is { Count: > 0 } && columnStarts.Contains(glyph.X)))
                {
                    cells.Add(new PdfCell(text.ToString(), left, last.End));
                    text.Clear();
                }
                else if (spaced || gap > WordGap * Math.Min(last.Size, glyph.Size))
                {
                    text.Append(' ');
                }
            }

            if (text.Length == 0)
            {
                left = glyph.X;
            }

            text.Append(glyph.Value);
            previous = glyph;
            spaced = false;
        }

        if (previous is { } end)
        {
            cells.Add(new PdfCell(text.ToString(), left, end.End));
        }

        return new PdfCellRow(row.Baseline, row.Size, cells);
    }
}
