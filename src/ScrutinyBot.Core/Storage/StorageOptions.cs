using System.ComponentModel.DataAnnotations;

namespace ScrutinyBot.Core.Storage;

public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Folder of the embedded SQLite store (scrutinybot.db). Default ./data, relative to the working directory.</summary>
    [Required]
    public string DataDirectory { get; set; } = "./data";

    /// <summary>The store engine: Sqlite (default, embedded) or Postgres (shared state for several instances).</summary>
    [Required]
    public string Provider { get; set; } = "Sqlite";
}
