using System.Text;
using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>
/// Finds the narrower gaps of a page that still part a table's columns. A gap of twice the font size always parts
/// cells (<see cref="PdfLetterWords"/>); a table whose cells fill their columns leaves only a gap of about the font
/// size between them, which prose leaves too (after a full stop, in justified lines). What tells them apart is the
/// page's layout: a column gap runs down the rows, so the rows around it are blank where it is (another gap, or a
/// row that starts further right, as a cell's wrapped line does), where a gap in prose has words above and below it.
/// </summary>
internal static partial class PdfColumnGaps
{
    /// <summary>The narrowest gap, in font sizes, that may part columns when the rows around it agree.</summary>
    public const double Narrow = 1.0;

    /// <summary>How many rows either side are looked at, and how many of them must be blank at the gap.</summary>
    private const int Reach = 2;
    private const int Agreeing = 2;

    /// <summary>How much wider than the row's usual space between words a narrow gap must be.</summary>
    private const double WiderThanUsual = 2.0;

    /// <summary>How near, in font sizes, two rows' words must start to be one column's.</summary>
    private const double Aligned = 0.3;

    /// <summary>For each row (in order down the page), the x at which a narrow gap is a column gap: where the glyph
    /// after the gap starts.</summary>
    public static IReadOnlyList<HashSet<double>> Find(IReadOnlyList<PdfRow> rows)
    {
        var gaps = rows.Select(Gaps).ToList();
        var starts = rows.Select(CellStarts).ToList();
        var found = new List<HashSet<double>>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var confirmed = new HashSet<double>();
            foreach (var (start, end, narrow) in gaps[r])
            {
                if (!narrow)
                {
                    continue;
                }

                var middle = (start + end) / 2;
                var tolerance = Aligned * rows[r].Size;
                var (blank, parted, lined) = (0, false, false);
                for (var other = Math.Max(0, r - Reach); other <= Math.Min(rows.Count - 1, r + Reach); other++)
                {
                    if (other != r && IsBlankAt(rows[other], gaps[other], middle, out var inside))
                    {
                        blank++;
                        parted |= inside;
                    }

                    lined |= other != r && starts[other].Exists(x => Math.Abs(x - end) <= tolerance);
                }

                // A column's edge parts at least one other row there, and its text starts where another row's
                // text or cell starts (cells are set flush left); rows that merely start further right (a centred
                // title, a right-hand column's own line) agree with any gap, and a justified line's wide spaces
                // line up with no cell.
                if (blank >= Agreeing && parted && lined)
                {
                    confirmed.Add(end);
                }
            }

            found.Add(confirmed);
        }

        return found;
    }

    /// <summary>The row's gaps between letters of at least <see cref="Narrow"/> font sizes: where each starts and
    /// ends, and whether it is narrower than a gap that parts cells on its own. A list's marker and its text
    /// ("•  Internal Audit Plan", "(b)   the Committee receives …") are one cell, however far apart they are set; a
    /// justified line spaces all its words wide, so a narrow gap counts only where it is at least twice the row's
    /// usual space between words.</summary>
    private static List<(double Start, double End, bool Narrow)> Gaps(PdfRow row)
    {
        var gaps = new List<(double, double, bool)>();
        var spaces = WordSpaces(row);
        var usual = spaces.Count == 0 ? 0 : spaces[spaces.Count / 2];
        var run = new StringBuilder();
        PdfGlyph? previous = null;
        foreach (var glyph in row.Glyphs)
        {
            if (glyph.IsSpace)
            {
                continue;
            }

            if (previous is { } last)
            {
                var gap = glyph.X - last.End;
                var size = Math.Max(last.Size, glyph.Size);
                if (gap >= Narrow * size)
                {
                    var narrow = gap <= PdfLetterWords.CellGap * size;
                    if (!(narrow && (ListMarker().IsMatch(run.ToString()) || gap < WiderThanUsual * usual)))
                    {
                        gaps.Add((last.End, glyph.X, narrow));
                    }

                    run.Clear();
                }
            }

            run.Append(glyph.Value);
            previous = glyph;
        }

        return gaps;
    }

    /// <summary>The gaps between the row's words, narrowest first.</summary>
    private static List<double> WordSpaces(PdfRow row)
    {
        var spaces = new List<double>();
        PdfGlyph? previous = null;
        var spaced = false;
        foreach (var glyph in row.Glyphs)
        {
            if (glyph.IsSpace)
            {
                spaced = true;
                continue;
            }

            if (previous is { } last && (spaced || glyph.X - last.End > PdfLetterWords.WordGap * Math.Min(last.Size, glyph.Size)))
            {
                spaces.Add(glyph.X - last.End);
            }

            previous = glyph;
            spaced = false;
        }

        spaces.Sort();
        return spaces;
    }

    /// <summary>A list's marker: one mark that is no letter or digit (a bullet in whatever font, a dash), or a number,
    /// letter or roman numeral with its stop or brackets.</summary>
    [GeneratedRegex(@"^(?:[^\p{L}\p{N}]|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)]?)$")]
    private static partial Regex ListMarker();

    /// <summary>Where the row's text starts along it, and where it starts again after a gap of
    /// <see cref="Narrow"/> font sizes or more: where its cells would start.</summary>
    private static List<double> CellStarts(PdfRow row)
    {
        var starts = new List<double>();
        PdfGlyph? previous = null;
        foreach (var glyph in row.Glyphs)
        {
            if (glyph.IsSpace)
            {
                continue;
            }

            if (previous is not { } last || glyph.X - last.End >= Narrow * Math.Max(last.Size, glyph.Size))
            {
                starts.Add(glyph.X);
            }

            previous = glyph;
        }

        return starts;
    }

    /// <summary>A row is blank at x inside one of its gaps, or before its first letter (a wrapped cell's line that
    /// starts in a later column); after its last letter it says nothing (a paragraph's short last line).</summary>
    private static bool IsBlankAt(PdfRow row, List<(double Start, double End, bool Narrow)> gaps, double x, out bool inside)
    {
        var first = row.Glyphs.FirstOrDefault(g => !g.IsSpace);
        inside = gaps.Exists(g => g.Start <= x && x <= g.End);
        return first.Value is not null && (inside || first.X > x);
    }
}
