namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>A run of words on a row with no wide gap inside it, and where it starts and ends along the row.</summary>
internal sealed record PdfCell(string Text, double Left, double Right);
