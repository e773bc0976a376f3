using System.ComponentModel.DataAnnotations;

namespace ScrutinyBot.Core.Digests;

/// <summary>Scheduled digests (section "Digests").</summary>
public sealed class DigestsOptions
{
    public const string SectionName = "Digests";

    /// <summary>IANA or Windows time zone id in which subscription times are read. Default "Europe/London".</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/London";

    /// <summary>Responses due within this many days are listed as due soon. Default 14.</summary>
    [Range(0, 366)]
    public int DueSoonDays { get; set; } = 14;

    /// <summary>A subscription's first digest (nothing posted yet) lists resolutions of meetings held in this many days
    /// before it, not every resolution ever ingested. Default 30.</summary>
    [Range(0, 3660)]
    public int FirstDigestLookBackDays { get; set; } = 30;

    /// <summary>Post a digest that has nothing in it. Default false.</summary>
    public bool PostWhenEmpty { get; set; }

    /// <summary>Seconds between scheduler checks for due subscriptions and unsent digests. Default 60.</summary>
    [Range(1, 86400)]
    public int PollIntervalSeconds { get; set; } = 60;

    /// <summary>How long an instance holds a digest row it claimed before another instance may take it over and post it
    /// (the holder stopped mid-post). Must be longer than the longest post, retries included. Default 5 minutes;
    /// between 30 seconds and 1 day.</summary>
    [Range(typeof(TimeSpan), "00:00:30", "1.00:00:00")]
    public TimeSpan OutboxLease { get; set; } = TimeSpan.FromMinutes(5);

    public bool TryFindTimeZone(out TimeZoneInfo zone)
    {
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            zone = TimeZoneInfo.Utc;
            return false;
        }
    }

    /// <summary>The configured zone (validated at startup).</summary>
    public TimeZoneInfo FindTimeZone() => TryFindTimeZone(out var zone)
        ? zone
        : throw new InvalidOperationException($"Digests:TimeZone '{TimeZone}' is not a known time zone id (e.g. Europe/London).");
}
