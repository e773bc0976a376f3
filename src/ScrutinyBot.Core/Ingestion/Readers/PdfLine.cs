namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>One line of a PDF page: its text (cells separated by tabs), how far down the page its baseline is
/// (0 at the top, 1 at the bottom; upright text only, else 0.5), and whether a paragraph gap precedes it.</summary>
internal sealed record PdfLine(string Text, double Depth, bool ParagraphBefore);
