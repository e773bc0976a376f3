namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>The glyphs that share one baseline (superscripts and subscripts included), left to right once
/// <see cref="Sort"/> has run.</summary>
internal sealed class PdfRow(double baseline, double size)
{
    public double Baseline { get; } = baseline;

    /// <summary>The size of the row's largest glyph (a superscript never raises it).</summary>
    public double Size { get; private set; } = size;

    public List<PdfGlyph> Glyphs { get; } = [];

    public double Left => Glyphs.Count == 0 ? 0 : Glyphs[0].X;

    public double Right => Glyphs.Count == 0 ? 0 : Glyphs[^1].End;

    public void Add(PdfGlyph glyph, bool raisesSize = true)
    {
        Glyphs.Add(glyph);
        if (raisesSize && !glyph.IsSpace)
        {
            Size = Math.Max(Size, glyph.Size);
        }
    }

    public void Sort() => Glyphs.Sort(static (a, b) => a.X.CompareTo(b.X));
}
