using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Retrieval;

/// <param name="Score">Higher is better (BM25 negated, or a fused rank score).</param>
public sealed record SearchHit(long ChunkId, Chunk Chunk, double Score)
{
    /// <summary>False for a chunk only the vector leg found. Default true.</summary>
    public bool FromKeywords { get; init; } = true;

    /// <summary>The chunk's place (from 1) among the vector leg's nearest chunks; null when that leg did not find it.</summary>
    public int? VectorRank { get; init; }
}
