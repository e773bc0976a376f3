namespace ScrutinyBot.Core.Retrieval.Embeddings;

/// <summary>The vector leg of retrieval: the chunks nearest a question's vector. In the application over the store's
/// vectors (<see cref="ChunkVectorIndex"/>) by default; in the search service when Azure AI Search holds the index.</summary>
public interface IChunkVectorSearch
{
    /// <summary>The <paramref name="limit"/> nearest chunks, best first, with their cosine similarity.</summary>
    Task<IReadOnlyList<VectorMatch>> NearestAsync(float[] query, int limit, CancellationToken cancellationToken);
}
