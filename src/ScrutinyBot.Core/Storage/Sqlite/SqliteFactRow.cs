using Microsoft.Data.Sqlite;

namespace ScrutinyBot.Core.Storage.Sqlite;

/// <summary>A SQLite fact row: dates and times are stored as ISO text; short texts come from the pool.</summary>
internal sealed class SqliteFactRow(SqliteDataReader reader, ShortTextPool pool) : IFactRow
{
    public string? Text(int ordinal) => reader.IsDBNull(ordinal) ? null : pool.Share(reader.GetString(ordinal));

    public int? Number(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public DateOnly? Date(int ordinal) => SqliteValues.ParseDate(Text(ordinal));

    public TimeOnly? Time(int ordinal) => SqliteValues.ParseTime(Text(ordinal));
}
