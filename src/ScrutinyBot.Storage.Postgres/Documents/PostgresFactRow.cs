using Npgsql;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Storage.Postgres.Documents;

/// <summary>A PostgreSQL fact row: dates and times in their own column types; short texts come from the pool.</summary>
internal sealed class PostgresFactRow(NpgsqlDataReader reader, ShortTextPool pool) : IFactRow
{
    public string? Text(int ordinal) => pool.Share(PostgresCommand.Text(reader, ordinal));

    public int? Number(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public DateOnly? Date(int ordinal) => PostgresCommand.Date(reader, ordinal);

    public TimeOnly? Time(int ordinal) => PostgresCommand.Time(reader, ordinal);
}
