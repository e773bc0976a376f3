namespace ScrutinyBot.Core.Sources;

/// <summary>What one sync of one source did.</summary>
public sealed record SourceSyncReport(
    string Site, int Meetings, int Added, int Replaced, int Unchanged, int Forgotten, int Excluded, int Failed, string? Error)
{
    public override string ToString()
    {
        var line = $"{Site}: {Meetings} meeting(s), added {Added}, replaced {Replaced}, unchanged {Unchanged}, forgotten {Forgotten}, excluded {Excluded}, failed {Failed}";
        return Error is null ? line : $"{line}; error: {Error}";
    }
}
