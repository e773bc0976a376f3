namespace ScrutinyBot.Core.Retrieval.Embeddings;

/// <summary>A chunk's embedding.</summary>
public sealed record ChunkVector(long ChunkId, float[] Vector);
