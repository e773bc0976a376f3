namespace ScrutinyBot.Core.Ingestion;

/// <summary>The result for one file: its status and a one-line message naming the file and, on failure, what to do.</summary>
public sealed record IngestionOutcome(string Path, IngestionStatus Status, string Message, long? DocumentId = null);
