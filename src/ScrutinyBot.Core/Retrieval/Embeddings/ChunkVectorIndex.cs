using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Retrieval.Embeddings;

/// <summary>Nearest chunks to a vector, over every stored chunk vector, kept in memory after the first load and
/// loaded again when the store generation moves (a document or vectors added, replaced or forgotten by any process).</summary>
public sealed class ChunkVectorIndex
{
    private readonly StoreSnapshotCache<VectorSet> _vectors;

    public ChunkVectorIndex(IChunkVectorStore store, IStoreGeneration generation)
    {
        ArgumentNullException.ThrowIfNull(store);
        _vectors = new StoreSnapshotCache<VectorSet>(generation, ct => VectorSet.BuildAsync(store.ReadAllAsync(ct), ct));
    }

    public async Task<IReadOnlyList<VectorMatch>> NearestAsync(float[] query, int limit, CancellationToken cancellationToken)
    {
        var vectors = await _vectors.GetAsync(cancellationToken).ConfigureAwait(false);
        return vectors.Nearest(query, limit);
    }
}
