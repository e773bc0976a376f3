using System.Globalization;

namespace ScrutinyBot.Core.Digests;

/// <summary>Outbox period keys and local dates in the digest time zone.</summary>
public static class DigestPeriods
{
    public const string ManualPrefix = "manual:";

    /// <summary>A scheduled occurrence as its outbox key (UTC instant to the second).</summary>
    public static string Scheduled(DateTimeOffset occurrence) =>
        occurrence.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A "digest now" request as its outbox key.</summary>
    public static string Manual(DateTimeOffset requestedAt) =>
        ManualPrefix + requestedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>"Mon 30 Mar 2026 09:00 Europe/London (UTC+01:00)".</summary>
    public static string DescribeLocal(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return local.ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture)
            + $" {zone.Id} (UTC{sign}{offset.Duration():hh\\:mm})";
    }
}
