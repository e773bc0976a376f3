using System.Globalization;

namespace ScrutinyBot.Core.Digests;

/// <summary>How every storage engine keeps a digest schedule in its subscriptions row: the cadence and time as text
/// ("weekly", "09:00") and one day column, the weekday of a weekly digest or the day of the month of a monthly one.</summary>
public static class StoredSchedule
{
    public static string Cadence(DigestSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return schedule.Cadence.ToString().ToLowerInvariant();
    }

    public static string At(DigestSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return schedule.At.ToString("HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>The day column: null for a daily digest.</summary>
    public static string? Day(DigestSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return schedule.Cadence switch
        {
            DigestCadence.Weekly => (schedule.Weekday ?? DayOfWeek.Monday).ToString().ToLowerInvariant(),
            DigestCadence.Monthly => (schedule.DayOfMonth ?? 1).ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
    }

    public static DigestSchedule Read(string cadence, string at, string? day)
    {
        var parsedCadence = Enum.Parse<DigestCadence>(cadence, ignoreCase: true);
        var time = TimeOnly.ParseExact(at, "HH:mm", CultureInfo.InvariantCulture);
        return parsedCadence switch
        {
            DigestCadence.Weekly => new DigestSchedule(parsedCadence, time, Enum.Parse<DayOfWeek>(day ?? "monday", ignoreCase: true), null),
            DigestCadence.Monthly => new DigestSchedule(parsedCadence, time, null, int.Parse(day ?? "1", CultureInfo.InvariantCulture)),
            _ => new DigestSchedule(parsedCadence, time, null, null),
        };
    }
}
