namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>Groups glyphs into rows by baseline, top to bottom. A row of smaller glyphs set just above (or below) a
/// row of larger ones, next to its letters, is a superscript (or subscript) and joins that row: "18" + "th".</summary>
internal static class PdfTextRows
{
    private const double BaselineTolerance = 0.3;
    private const double ScriptShift = 0.6;
    private const double ScriptSize = 0.9;

    public static List<PdfRow> Build(List<PdfGlyph> glyphs)
    {
        glyphs.Sort(static (a, b) => b.Baseline.CompareTo(a.Baseline));
        var rows = new List<PdfRow>();
        PdfRow? row = null;
        foreach (var glyph in glyphs)
        {
            if (row is null || row.Baseline - glyph.Baseline > BaselineTolerance * Math.Min(row.Size, glyph.Size))
            {
                row = new PdfRow(glyph.Baseline, glyph.IsSpace ? 0 : glyph.Size);
                rows.Add(row);
            }

            row.Add(glyph);
        }

        foreach (var r in rows)
        {
            r.Sort();
        }

        return MergeScripts(rows);
    }

    private static List<PdfRow> MergeScripts(List<PdfRow> rows)
    {
        var merged = new List<PdfRow>(rows.Count);
        var absorbed = new bool[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            if (absorbed[i])
            {
                continue;
            }

            var host = FindHost(rows, i);
            if (host < 0)
            {
                merged.Add(rows[i]);
                continue;
            }

            foreach (var glyph in rows[i].Glyphs)
            {
                rows[host].Add(glyph with { Baseline = rows[host].Baseline }, raisesSize: false);
            }

            rows[host].Sort();
            absorbed[i] = true;
        }

        return merged;
    }

    /// <summary>The nearby row (above or below, within a fraction of its size) with larger letters beside the
    /// first letter of row <paramref name="index"/>; -1 when it is a row of its own.</summary>
    private static int FindHost(List<PdfRow> rows, int index)
    {
        var row = rows[index];
        for (var step = -1; step <= 1; step += 2)
        {
            for (var j = index + step; j >= 0 && j < rows.Count; j += step)
            {
                var other = rows[j];
                if (Math.Abs(other.Baseline - row.Baseline) > ScriptShift * other.Size)
                {
                    break;
                }

                if (row.Size < ScriptSize * other.Size && IsBeside(row, other))
                {
                    return j;
                }
            }
        }

        return -1;
    }

    private static bool IsBeside(PdfRow script, PdfRow other)
    {
        var reach = other.Size;
        return script.Left <= other.Right + reach && script.Right >= other.Left - reach && HasGlyphNear(other, script.Left, reach);
    }

    private static bool HasGlyphNear(PdfRow row, double x, double reach)
    {
        var glyphs = row.Glyphs;
        int lo = 0, hi = glyphs.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (glyphs[mid].End < x - reach)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return glyphs.Count > 0 && glyphs[lo].X <= x + reach && glyphs[lo].End >= x - reach;
    }
}
