namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>The glyphs that share one baseline (superscripts and subscripts included), left to right once
/// sorted.</summary>
internal sealed class PdfRow(double baseline, double size)
{
    public double Baseline { get; } = baseline;

    /// <summary>The size of the row's largest glyph (a superscript never raises it).</summary>
    public double Size { get; private set; } = size;

    public List<PdfGlyph> Glyphs { get; } = [];

    public double Left => Glyphs.Count == 0 ? 0 : Glyphs[0].X;

    public void Add(PdfGlyph glyph)
    {
        Glyphs.Add(glyph);
        if (!glyph.IsSpace)
        {
            Size = Math.Max(Size, glyph.Size);
        }
    }

    public void Sort() => Glyphs.Sort(static (a, b) => a.X.CompareTo(b.X));

    public bool IsSorted()
    {
        for (var i = 1; i < Glyphs.Count; i++)
        {
            if (Glyphs[i].X < Glyphs[i - 1].X)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Takes another row's glyphs (kept in x order); its glyphs' sizes count only when
    /// <paramref name="raisesSize"/>.</summary>
    public void Absorb(PdfRow other, bool raisesSize)
    {
        var mine = Glyphs.ToArray();
        Glyphs.Clear();
        int i = 0, j = 0;
        while (i < mine.Length || j < other.Glyphs.Count)
        {
            Glyphs.Add(j >= other.Glyphs.Count || (i < mine.Length && mine[i].X <= other.Glyphs[j].X) ? mine[i++] : other.Glyphs[j++]);
        }

        if (raisesSize)
        {
            Size = Math.Max(Size, other.Size);
        }
    }

    /// <summary>Whether any glyph of <paramref name="a"/> overlaps one of <paramref name="b"/> along the line
    /// (both sorted).</summary>
    public static bool Overlap(PdfRow a, PdfRow b)
    {
        int i = 0, j = 0;
        while (i < a.Glyphs.Count && j < b.Glyphs.Count)
        {
            var (x, y) = (a.Glyphs[i], b.Glyphs[j]);
            if (!x.IsSpace && !y.IsSpace && x.X < y.End - 0.5 && y.X < x.End - 0.5)
            {
                return true;
            }

            if (x.End < y.End)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return false;
    }

    /// <summary>Whether a glyph of this row ends or starts within <paramref name="reach"/> of x.</summary>
    public bool HasGlyphNear(double x, double reach)
    {
        int lo = 0, hi = Glyphs.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Glyphs[mid].End < x - reach)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return Glyphs.Count > 0 && Glyphs[lo].X <= x + reach && Glyphs[lo].End >= x - reach;
    }
}
