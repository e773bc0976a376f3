using System.ComponentModel.DataAnnotations;

namespace ScrutinyBot.Core.Retrieval;

public sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>The engines <see cref="Provider"/> may name.</summary>
    public static readonly IReadOnlyList<string> Providers = ["Sqlite", "Postgres", AzureAISearch];

    /// <summary>The provider name of the Azure AI Search index.</summary>
    public const string AzureAISearch = "AzureAISearch";

    /// <summary>The search engine: Sqlite (default; FTS5 in the embedded store) or Postgres (tsvector in the PostgreSQL
    /// store), naming the same engine as Storage:Provider; or AzureAISearch (Search:AzureAISearch:Endpoint required),
    /// where a copy of the chunks is searched by keywords and vectors while the store stays the system of record.</summary>
    [Required]
    public string Provider { get; set; } = "Sqlite";
}
