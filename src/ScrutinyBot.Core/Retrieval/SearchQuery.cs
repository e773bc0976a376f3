using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Retrieval;

/// <summary>A search: free terms and exact phrases (any of them may match; more matches rank higher), and
/// optional filters on the meeting date range, the committee (case-insensitive, contained in the chunk's) and the part.</summary>
public sealed record SearchQuery(
    IReadOnlyList<string> Terms,
    IReadOnlyList<string> Phrases,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Committee = null,
    PartKind? Part = null,
    int Limit = 10)
{
    /// <summary>The question's embedding, for an engine that runs the vector leg in the same request as the keywords
    /// (Azure AI Search: a hybrid query, its two rankings merged by the service, the filters applied to both). Engines
    /// that keep the vector leg apart (<see cref="Embeddings.IChunkVectorSearch"/>) ignore it. Default none.</summary>
    public float[]? Vector { get; init; }
}
