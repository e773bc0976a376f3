namespace ScrutinyBot.Core.Ingestion;

/// <summary>What happened to one file.</summary>
public enum IngestionStatus
{
    Added,
    Replaced,
    Skipped,
    Failed,
    Excluded,
}
