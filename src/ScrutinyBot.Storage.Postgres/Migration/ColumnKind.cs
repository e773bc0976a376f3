namespace ScrutinyBot.Storage.Postgres.Migration;

/// <summary>How a column read from the SQLite store (ISO text dates and instants, float32 blobs) is written to PostgreSQL.</summary>
internal enum ColumnKind
{
    Text,
    Integer,
    Bigint,
    Date,
    Time,
    Instant,
    Vector,
}
