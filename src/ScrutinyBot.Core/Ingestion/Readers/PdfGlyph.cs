namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>One printed letter in its line's own frame (x along the baseline, y across it, in points): where its
/// advance starts and ends, its baseline and its size.</summary>
internal readonly record struct PdfGlyph(string Value, double X, double End, double Baseline, double Size)
{
    public bool IsSpace => string.IsNullOrWhiteSpace(Value);
}
