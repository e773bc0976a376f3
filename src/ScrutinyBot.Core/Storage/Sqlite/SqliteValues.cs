using System.Globalization;

namespace ScrutinyBot.Core.Storage.Sqlite;

/// <summary>How the store writes and reads dates, times and enums (ISO text, enum names).</summary>
internal static class SqliteValues
{
    public static object Date(DateOnly? date) =>
        date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value;

    public static object Time(TimeOnly? time) =>
        time is { } t ? t.ToString("HH:mm", CultureInfo.InvariantCulture) : DBNull.Value;

    public static object Text(string? text) => text is null ? DBNull.Value : text;

    public static string Instant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static TimeOnly? ParseTime(string? text) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;

    public static DateTimeOffset ParseInstant(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static TEnum ParseEnum<TEnum>(string text, TEnum fallback)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) ? value : fallback;
}
