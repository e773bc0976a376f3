using System.Globalization;

namespace ScrutinyBot.Core.Digests.Sqlite;

/// <summary>Instants as sortable ISO 8601 UTC text, as the schema stores them.</summary>
internal static class SqliteTime
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string Write(DateTimeOffset value) => value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static object WriteNullable(DateTimeOffset? value) => value is null ? DBNull.Value : Write(value.Value);

    public static DateTimeOffset Read(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static DateTimeOffset? ReadNullable(object value) => value is string text ? Read(text) : null;
}
