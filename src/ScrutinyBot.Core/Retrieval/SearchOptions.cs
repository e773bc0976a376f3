using System.ComponentModel.DataAnnotations;

namespace ScrutinyBot.Core.Retrieval;

public sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>The engines <see cref="Provider"/> may name.</summary>
    public static readonly IReadOnlyList<string> Providers = ["Sqlite"];

    /// <summary>The search engine: Sqlite (default; FTS5 in the embedded store). Azure AI Search is planned.</summary>
    [Required]
    public string Provider { get; set; } = "Sqlite";
}
