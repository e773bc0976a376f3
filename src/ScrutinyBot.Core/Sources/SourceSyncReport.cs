namespace ScrutinyBot.Core.Sources;

/// <summary>What one sync of one source did.</summary>
/// <param name="Failed">Papers and meetings that could not be fetched or read; each is logged and tried again next sync.</param>
/// <param name="Cancelled">Meetings the site marks cancelled: their papers are not ingested (and forgotten if held).</param>
/// <param name="HeldBy">Set when the sync did not run because another host holds the site's lease: who, and until when.</param>
public sealed record SourceSyncReport(
    string Site, int Meetings, int Added, int Replaced, int Unchanged, int Forgotten, int Excluded, int Failed, string? Error,
    int Cancelled = 0, string? HeldBy = null)
{
    public override string ToString()
    {
        if (HeldBy is not null)
        {
            return $"{Site}: not synced here: {HeldBy} is syncing it";
        }

        var line = $"{Site}: {Meetings} meeting(s), added {Added}, replaced {Replaced}, unchanged {Unchanged}, forgotten {Forgotten}, excluded {Excluded}, failed {Failed}, cancelled {Cancelled}";
        return Error is null ? line : $"{line}; error: {Error}";
    }
}
