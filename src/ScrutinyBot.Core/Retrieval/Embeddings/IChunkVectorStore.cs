namespace ScrutinyBot.Core.Retrieval.Embeddings;

/// <summary>Where chunk vectors are kept, next to the chunks (the embedded store's chunks.embedding column).</summary>
public interface IChunkVectorStore
{
    /// <summary>Chunks that have no vector yet, in id order after <paramref name="afterId"/>, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<StoredChunk>> ListUnembeddedAsync(long afterId, int limit, CancellationToken cancellationToken);

    /// <summary>How many chunks have no vector yet.</summary>
    Task<int> CountUnembeddedAsync(CancellationToken cancellationToken);

    /// <summary>Stores the vectors in one transaction and moves the store generation on, so every process's vector
    /// cache reloads. A vector for a chunk that no longer exists is ignored.</summary>
    Task SaveAsync(IReadOnlyList<ChunkVector> vectors, CancellationToken cancellationToken);

    /// <summary>Every stored vector, in chunk id order, read one at a time.</summary>
    IAsyncEnumerable<ChunkVector> ReadAllAsync(CancellationToken cancellationToken);

    /// <summary>The stored vectors of these chunks (those that still exist and have one).</summary>
    Task<IReadOnlyList<ChunkVector>> ReadVectorsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken);

    /// <summary>The chunks with these ids (those that still exist).</summary>
    Task<IReadOnlyList<StoredChunk>> ReadChunksAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken);
}
