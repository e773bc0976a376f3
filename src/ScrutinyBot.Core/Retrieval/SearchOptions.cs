using System.ComponentModel.DataAnnotations;

namespace ScrutinyBot.Core.Retrieval;

public sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>The engines <see cref="Provider"/> may name.</summary>
    public static readonly IReadOnlyList<string> Providers = ["Sqlite", "Postgres"];

    /// <summary>The full-text engine: Sqlite (default; FTS5 in the embedded store) or Postgres (tsvector in the PostgreSQL
    /// store). It names the same engine as Storage:Provider. Azure AI Search is planned.</summary>
    [Required]
    public string Provider { get; set; } = "Sqlite";
}
