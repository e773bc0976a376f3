using System.Globalization;
using Cronos;

namespace ScrutinyBot.Core.Digests;

/// <summary>When a subscription's digest is due, in local time of the digest time zone (so 09:00 stays 09:00 across
/// clock changes). Monthly on a day a month lacks (29th-31st) runs on that month's last day.</summary>
/// <param name="Weekday">Weekly only.</param>
/// <param name="DayOfMonth">Monthly only, 1-31.</param>
public sealed record DigestSchedule(DigestCadence Cadence, TimeOnly At, DayOfWeek? Weekday, int? DayOfMonth)
{
    public static DigestSchedule Default { get; } = new(DigestCadence.Daily, new TimeOnly(9, 0), null, null);

    /// <summary>The first occurrence strictly after <paramref name="from"/>.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset from, TimeZoneInfo zone)
    {
        var expression = Cron();
        var cursor = from;
        for (var i = 0; i < 8; i++)
        {
            var next = expression.GetNextOccurrence(cursor, zone, inclusive: false);
            if (next is null || Accepts(next.Value, zone))
            {
                return next;
            }

            cursor = next.Value;
        }

        return null;
    }

    /// <summary>The latest occurrence at or before <paramref name="upTo"/> and strictly after <paramref name="after"/>:
    /// the one period a catch-up digest stands for, however many were missed.</summary>
    public DateTimeOffset? LatestBetween(DateTimeOffset after, DateTimeOffset upTo, TimeZoneInfo zone)
    {
        var expression = Cron();
        var cursor = upTo;
        var inclusive = true;
        for (var i = 0; i < 8; i++)
        {
            var previous = expression.GetPreviousOccurrence(cursor, zone, inclusive);
            if (previous is null || previous.Value <= after)
            {
                return null;
            }

            if (Accepts(previous.Value, zone))
            {
                return previous;
            }

            cursor = previous.Value;
            inclusive = false;
        }

        return null;
    }

    /// <summary>"daily at 09:00", "weekly on Monday at 09:00", "monthly on day 31 at 09:00".</summary>
    public string Describe()
    {
        var at = At.ToString("HH:mm", CultureInfo.InvariantCulture);
        return Cadence switch
        {
            DigestCadence.Weekly => $"weekly on {Weekday ?? DayOfWeek.Monday} at {at}",
            DigestCadence.Monthly => $"monthly on day {DayOfMonth ?? 1} at {at}" + (DayOfMonth > 28 ? " (or the month's last day)" : string.Empty),
            _ => $"daily at {at}",
        };
    }

    private CronExpression Cron()
    {
        var minuteHour = $"{At.Minute} {At.Hour}";
        var day = DayOfMonth ?? 1;
        var text = Cadence switch
        {
            DigestCadence.Weekly => $"{minuteHour} * * {(int)(Weekday ?? DayOfWeek.Monday)}",
            DigestCadence.Monthly when day > 28 => $"{minuteHour} 28-31 * *",
            DigestCadence.Monthly => $"{minuteHour} {day} * *",
            _ => $"{minuteHour} * * *",
        };
        return CronExpression.Parse(text);
    }

    private bool Accepts(DateTimeOffset occurrence, TimeZoneInfo zone)
    {
        if (Cadence != DigestCadence.Monthly || (DayOfMonth ?? 1) <= 28)
        {
            return true;
        }

        var local = TimeZoneInfo.ConvertTime(occurrence, zone);
        return local.Day == Math.Min(DayOfMonth!.Value, DateTime.DaysInMonth(local.Year, local.Month));
    }
}
