namespace ScrutinyBot.Teams.App.Search;

/// <summary>Limits of the compose-box search (not configurable: Teams' own limits decide them).</summary>
public static class ComposeSearchLimits
{
    /// <summary>Teams waits 5 s for results; we stop looking after 4 s and answer with what we have.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(4);

    /// <summary>Results per page when Teams does not say (queryOptions.count).</summary>
    public const int DefaultCount = 10;

    public const int MaxCount = 25;
}
