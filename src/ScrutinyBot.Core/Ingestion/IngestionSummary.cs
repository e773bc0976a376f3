namespace ScrutinyBot.Core.Ingestion;

/// <summary>Every file's outcome in a run, with the counts the summary line prints.</summary>
public sealed record IngestionSummary(IReadOnlyList<IngestionOutcome> Outcomes)
{
    public int Added => Count(IngestionStatus.Added);

    public int Replaced => Count(IngestionStatus.Replaced);

    public int Skipped => Count(IngestionStatus.Skipped);

    public int Failed => Count(IngestionStatus.Failed);

    public int Excluded => Count(IngestionStatus.Excluded);

    public override string ToString()
    {
        var line = $"added {Added}, replaced {Replaced}, skipped {Skipped}, failed {Failed}";
        return Excluded > 0 ? $"{line}, excluded {Excluded}" : line;
    }

    private int Count(IngestionStatus status) => Outcomes.Count(o => o.Status == status);
}
