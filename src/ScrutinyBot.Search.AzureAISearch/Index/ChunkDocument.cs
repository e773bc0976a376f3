using System.Text.Json.Serialization;

namespace ScrutinyBot.Search.AzureAISearch.Index;

/// <summary>One chunk as the index holds it (see <see cref="ChunkFields"/>); fields not selected by a query stay null.</summary>
internal sealed class ChunkDocument
{
    [JsonPropertyName(ChunkFields.Id)]
    public string Id { get; set; } = string.Empty;

    [JsonPropertyName(ChunkFields.ChunkId)]
    public long ChunkId { get; set; }

    [JsonPropertyName(ChunkFields.DocumentId)]
    public long DocumentId { get; set; }

    [JsonPropertyName(ChunkFields.SourcePath)]
    public string? SourcePath { get; set; }

    [JsonPropertyName(ChunkFields.Source)]
    public string? Source { get; set; }

    [JsonPropertyName(ChunkFields.PaperTitle)]
    public string? PaperTitle { get; set; }

    [JsonPropertyName(ChunkFields.Format)]
    public string? Format { get; set; }

    [JsonPropertyName(ChunkFields.PartOrdinal)]
    public int PartOrdinal { get; set; }

    [JsonPropertyName(ChunkFields.PartKind)]
    public string? PartKind { get; set; }

    [JsonPropertyName(ChunkFields.PartTitle)]
    public string? PartTitle { get; set; }

    [JsonPropertyName(ChunkFields.PartLabel)]
    public string? PartLabel { get; set; }

    [JsonPropertyName(ChunkFields.ItemTitle)]
    public string? ItemTitle { get; set; }

    [JsonPropertyName(ChunkFields.ItemKey)]
    public string? ItemKey { get; set; }

    [JsonPropertyName(ChunkFields.Page)]
    public int Page { get; set; }

    [JsonPropertyName(ChunkFields.MeetingDate)]
    public DateTimeOffset? MeetingDate { get; set; }

    [JsonPropertyName(ChunkFields.Committee)]
    public string? Committee { get; set; }

    [JsonPropertyName(ChunkFields.Council)]
    public string? Council { get; set; }

    [JsonPropertyName(ChunkFields.Text)]
    public string? Text { get; set; }

    /// <summary>The chunk's embedding; left out of a request when null, so a merge keeps the vector already indexed.</summary>
    [JsonPropertyName(ChunkFields.Vector)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<float>? Vector { get; set; }
}
