using ScrutinyBot.Core.Ingestion;

namespace ScrutinyBot.Core.Sources.ModernGov;

/// <summary>The running counts of one sync.</summary>
internal sealed class ModernGovTally
{
    public int Meetings { get; set; }

    public int Added { get; set; }

    public int Replaced { get; set; }

    public int Unchanged { get; set; }

    public int Forgotten { get; set; }

    public int Excluded { get; set; }

    public int Failed { get; set; }

    public int Cancelled { get; set; }

    public void Count(IngestionStatus status)
    {
        switch (status)
        {
            case IngestionStatus.Added: Added++; break;
            case IngestionStatus.Replaced: Replaced++; break;
            case IngestionStatus.Excluded: Excluded++; break;
            case IngestionStatus.Failed: Failed++; break;
            default: Unchanged++; break;
        }
    }

    public SourceSyncReport Report(string site, string? error) =>
        new(site, Meetings, Added, Replaced, Unchanged, Forgotten, Excluded, Failed, error, Cancelled);
}
