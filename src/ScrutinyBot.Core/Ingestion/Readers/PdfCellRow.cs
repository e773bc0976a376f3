namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>A row written as cells (tab-separated when printed), with its baseline and size.</summary>
internal sealed record PdfCellRow(double Baseline, double Size, IReadOnlyList<PdfCell> Cells)
{
    public string Text => string.Join('\t', Cells.Select(c => c.Text));
}
