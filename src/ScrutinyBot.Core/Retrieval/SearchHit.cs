using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Retrieval;

/// <param name="Score">The keyword (BM25) score, higher is better; 0 for a chunk only the vector leg found.</param>
public sealed record SearchHit(long ChunkId, Chunk Chunk, double Score)
{
    /// <summary>False for a chunk only the vector leg found. Default true.</summary>
    public bool FromKeywords { get; init; } = true;

    /// <summary>The chunk's place (from 1) among the vector leg's nearest chunks; null when that leg did not find it.</summary>
    public int? VectorRank { get; init; }

    /// <summary>Cosine similarity of the chunk's vector to the question's; null when the vector leg did not find it.</summary>
    public double? VectorSimilarity { get; init; }

    /// <summary>The reciprocal-rank fusion score of both legs; null when there was no vector leg.</summary>
    public double? FusedScore { get; init; }
}
