namespace ScrutinyBot.Core.Retrieval.Embeddings;

/// <summary>A chunk near the question, with its cosine similarity (-1..1).</summary>
public sealed record VectorMatch(long ChunkId, double Similarity);
