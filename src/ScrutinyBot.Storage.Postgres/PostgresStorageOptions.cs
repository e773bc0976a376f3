using System.ComponentModel.DataAnnotations;

namespace ScrutinyBot.Storage.Postgres;

/// <summary>Settings of the PostgreSQL engine (Storage:Provider = Postgres).</summary>
public sealed class PostgresStorageOptions
{
    public const string SectionName = "Storage:Postgres";

    /// <summary>Npgsql connection string, e.g. <c>Host=db;Database=scrutinybot;Username=bot;Password=...</c>. No default;
    /// required when the engine is selected (checked at startup). The database must exist; the tables are created and upgraded by the bot.</summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>Most connections this instance opens (unless the connection string sets Maximum Pool Size). Default 50.</summary>
    [Range(1, 1_000)]
    public int MaxPoolSize { get; set; } = 50;
}
