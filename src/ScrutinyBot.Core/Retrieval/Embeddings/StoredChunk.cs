using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Retrieval.Embeddings;

/// <summary>A chunk with its store id.</summary>
public sealed record StoredChunk(long Id, Chunk Chunk);
