using ScrutinyBot.Core.Retrieval.Embeddings;

namespace ScrutinyBot.Search.AzureAISearch.Indexing;

/// <summary>The store's chunk vectors, with each saved vector also set on the indexed chunk (the vectors are made after
/// the chunks are pushed, when the embedding model has run).</summary>
public sealed class IndexedChunkVectorStore(IChunkVectorStore inner, ChunkIndexWriter writer) : IChunkVectorStore
{
    public Task<IReadOnlyList<StoredChunk>> ListUnembeddedAsync(long afterId, int limit, CancellationToken cancellationToken) =>
        inner.ListUnembeddedAsync(afterId, limit, cancellationToken);

    public Task<int> CountUnembeddedAsync(CancellationToken cancellationToken) => inner.CountUnembeddedAsync(cancellationToken);

    public async Task SaveAsync(IReadOnlyList<ChunkVector> vectors, CancellationToken cancellationToken)
    {
        await inner.SaveAsync(vectors, cancellationToken).ConfigureAwait(false);
        await writer.SetVectorsAsync(vectors, cancellationToken).ConfigureAwait(false);
    }

    public IAsyncEnumerable<ChunkVector> ReadAllAsync(CancellationToken cancellationToken) => inner.ReadAllAsync(cancellationToken);

    public Task<IReadOnlyList<ChunkVector>> ReadVectorsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        inner.ReadVectorsAsync(ids, cancellationToken);

    public Task<IReadOnlyList<StoredChunk>> ReadChunksAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        inner.ReadChunksAsync(ids, cancellationToken);
}
