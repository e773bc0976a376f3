namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>Joins superscript and subscript rows to the row they belong to: a row of smaller glyphs whose baseline
/// is within a fraction of a larger row's size (and of its own) above or below it, starting next to that row's
/// letters without overlapping them.</summary>
internal static class PdfScripts
{
    private const double Shift = 0.6;
    private const double Smaller = 0.9;
    private const double OwnShift = 0.75;

    public static List<PdfRow> Merge(List<PdfRow> rows)
    {
        var merged = new List<PdfRow>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var host = FindHost(rows, i);
            if (host < 0)
            {
                merged.Add(rows[i]);
            }
            else
            {
                rows[host].Absorb(rows[i], raisesSize: false);
            }
        }

        return merged;
    }

    private static int FindHost(List<PdfRow> rows, int index)
    {
        var row = rows[index];
        for (var step = -1; step <= 1; step += 2)
        {
            for (var j = index + step; j >= 0 && j < rows.Count; j += step)
            {
                var other = rows[j];
                if (Math.Abs(other.Baseline - row.Baseline) > Shift * other.Size)
                {
                    break;
                }

                if (row.Size < Smaller * other.Size && Math.Abs(other.Baseline - row.Baseline) < OwnShift * row.Size
                    && other.HasGlyphNear(row.Left, other.Size) && !PdfRow.Overlap(row, other))
                {
                    return j;
                }
            }
        }

        return -1;
    }
}
