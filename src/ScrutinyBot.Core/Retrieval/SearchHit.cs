using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Retrieval;

/// <param name="Score">Higher is better (BM25 negated, or a fused rank score).</param>
public sealed record SearchHit(long ChunkId, Chunk Chunk, double Score);
