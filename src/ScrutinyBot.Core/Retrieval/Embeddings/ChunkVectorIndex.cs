using System.Numerics.Tensors;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Diagnostics;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Retrieval.Embeddings;

/// <summary>Nearest chunks to a vector, over every stored chunk vector, kept in memory after the first load and
/// loaded again when the store generation moves (a document or vectors added, replaced or forgotten by any process).</summary>
/// <remarks>A store of up to <see cref="RetrievalOptions.VectorExactScanLimit"/> chunks is scanned exactly (int8). A
/// larger one keeps only the sign bits in memory: they shortlist <see cref="RetrievalOptions.VectorShortlist"/> chunks
/// by Hamming distance, whose stored float vectors are then read and scored exactly, so memory stays at about 56 bytes
/// a chunk and the exact work per question is fixed.</remarks>
public sealed class ChunkVectorIndex : IChunkVectorSearch
{
    private readonly IChunkVectorStore _store;
    private readonly StoreSnapshotCache<VectorSet> _vectors;
    private readonly int _shortlist;

    public ChunkVectorIndex(IChunkVectorStore store, IStoreGeneration generation, IOptions<RetrievalOptions>? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var settings = options?.Value ?? new RetrievalOptions();
        _store = store;
        _shortlist = settings.VectorShortlist;
        _vectors = new StoreSnapshotCache<VectorSet>(generation, ct => VectorSet.BuildAsync(store.ReadAllAsync(ct), ct, settings.VectorExactScanLimit));
    }

    public async Task<IReadOnlyList<VectorMatch>> NearestAsync(float[] query, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var vectors = await _vectors.GetAsync(cancellationToken).ConfigureAwait(false);
        if (vectors.IsExact(query.Length))
        {
            return vectors.Nearest(query, limit);
        }

        var shortlist = vectors.Nearest(query, Math.Max(limit, _shortlist));
        using var stage = AnswerStages.Start("vector.rescore");
        var stored = await _store.ReadVectorsAsync([.. shortlist.Select(m => m.ChunkId)], cancellationToken).ConfigureAwait(false);
        return stored
            .Where(v => v.Vector.Length == query.Length)
            .Select(v => new VectorMatch(v.ChunkId, TensorPrimitives.CosineSimilarity(v.Vector, query)))
            .Where(m => double.IsFinite(m.Similarity))
            .OrderByDescending(m => m.Similarity)
            .ThenBy(m => m.ChunkId)
            .Take(limit)
            .ToList();
    }
}
