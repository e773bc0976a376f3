using System.ComponentModel.DataAnnotations;

namespace ScrutinyBot.Search.AzureAISearch;

/// <summary>Settings of the Azure AI Search index (Search:Provider = AzureAISearch). The store (SQLite or PostgreSQL)
/// stays the system of record; the index holds a copy of every chunk with its vector.</summary>
public sealed class AzureAISearchOptions
{
    public const string SectionName = "Search:AzureAISearch";

    /// <summary>The service's address, e.g. <c>https://my-council.search.windows.net</c>. No default: the engine is off
    /// until it is set, and required when Search:Provider is AzureAISearch (checked at startup).</summary>
    public string Endpoint { get; set; } = string.Empty;

    /// <summary>The index the chunks go into; created, or updated to this build's schema, on first use. Default
    /// <c>scrutinybot-chunks</c>.</summary>
    [Required]
    [RegularExpression("^[a-z0-9][a-z0-9-]{0,126}[a-z0-9]$", ErrorMessage = "Search:AzureAISearch:IndexName must be 2-128 lower-case letters, digits or dashes, not starting or ending with a dash.")]
    public string IndexName { get; set; } = "scrutinybot-chunks";

    /// <summary>An admin key of the service (it creates the index and writes documents). Required with an Endpoint.</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>Chunks sent per indexing request (the service takes at most 1,000). Default 500.</summary>
    [Range(1, 1_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>How often a failed request (timeout, 408, 429, 500, 502, 503, 504) is sent again, with exponential
    /// back-off from <see cref="RetryDelayMilliseconds"/>. Default 4.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first retry's delay in milliseconds (doubling each time). Default 800.</summary>
    [Range(1, 60_000)]
    public int RetryDelayMilliseconds { get; set; } = 800;

    /// <summary>Seconds a request may take before it is abandoned (and retried). Default 30.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>The vector field's size. 0 (default) asks the embedding model once, when the index is created (384 for
    /// the local MiniLM model); set it to create the index without the model.</summary>
    [Range(0, 4_096)]
    public int VectorDimensions { get; set; }

    /// <summary>True when an Endpoint is set.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint);
}
