namespace ScrutinyBot.Teams.App;

/// <summary>"Today" for overdue and due-soon questions: the date in the UK, from the injected clock.</summary>
public sealed class CouncilClock(TimeProvider timeProvider)
{
    private static readonly TimeZoneInfo London = FindLondon();

    public DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), London).DateTime);

    private static TimeZoneInfo FindLondon() =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/London", out var zone) ? zone : TimeZoneInfo.Utc;
}
