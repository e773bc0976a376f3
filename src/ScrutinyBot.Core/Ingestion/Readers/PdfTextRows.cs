namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>Groups glyphs into rows by baseline, top to bottom. Glyphs on (almost) the same baseline make a line;
/// lines whose baselines are a little apart share a row when their letters do not overlap (cells of one table row
/// set a point or two apart), else stay apart. A line of smaller glyphs set just above (or below) a line of larger
/// ones, next to its letters, is a superscript (or subscript) and joins that row: "18" + "th".</summary>
internal static class PdfTextRows
{
    private const double SameBaseline = 0.12;
    private const double NearBaseline = 0.3;
    private const double ScriptShift = 0.6;
    private const double ScriptSize = 0.9;

    public static List<PdfRow> Build(List<PdfGlyph> glyphs)
    {
        glyphs.Sort(static (a, b) => a.Baseline != b.Baseline ? b.Baseline.CompareTo(a.Baseline) : a.X.CompareTo(b.X));
        var lines = new List<PdfRow>();
        PdfRow? line = null;
        foreach (var glyph in glyphs)
        {
            if (line is null || line.Baseline - glyph.Baseline > SameBaseline * Math.Min(line.Size, glyph.Size))
            {
                line = new PdfRow(glyph.Baseline, glyph.IsSpace ? 0 : glyph.Size);
                lines.Add(line);
            }

            line.Add(glyph);
        }

        lines.RemoveAll(static l => l.Glyphs.TrueForAll(static g => g.IsSpace));
        foreach (var l in lines.Where(static l => !l.IsSorted()))
        {
            l.Sort();
        }

        return PdfScripts.Merge(MergeNear(lines));
    }

    private static List<PdfRow> MergeNear(List<PdfRow> lines)
    {
        var rows = new List<PdfRow>(lines.Count);
        foreach (var line in lines)
        {
            var row = rows.Count > 0 ? rows[^1] : null;
            if (row is not null && row.Baseline - line.Baseline <= NearBaseline * Math.Min(row.Size, line.Size)
                && !PdfRow.Overlap(row, line))
            {
                row.Absorb(line, raisesSize: true);
            }
            else
            {
                rows.Add(line);
            }
        }

        return rows;
    }
}
