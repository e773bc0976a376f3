using System.Text.Json.Serialization;

namespace ScrutinyBot.Search.AzureAISearch.Index;

/// <summary>A chunk's key and vector alone: merged into an indexed chunk, it sets the vector and leaves the rest.</summary>
internal sealed class ChunkVectorDocument
{
    [JsonPropertyName(ChunkFields.Id)]
    public string Id { get; set; } = string.Empty;

    [JsonPropertyName(ChunkFields.Vector)]
    public IReadOnlyList<float> Vector { get; set; } = [];
}
