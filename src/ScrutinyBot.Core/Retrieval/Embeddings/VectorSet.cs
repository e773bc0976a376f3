using System.Numerics.Tensors;

namespace ScrutinyBot.Core.Retrieval.Embeddings;

/// <summary>Chunk vectors held in memory for nearest-neighbour search. Up to <c>exactScanLimit</c> vectors of a length
/// they are kept as int8 (see <see cref="Int8VectorBlocks"/>) and every one is scored (396 bytes a 384-dimension
/// chunk); beyond it only their sign bits are kept (see <see cref="BinaryVectorCodes"/>: 48 bytes a chunk plus its id),
/// which shortlist the nearest for exact scoring from the store (<see cref="ChunkVectorIndex"/>).</summary>
public sealed class VectorSet
{
    /// <summary>Default for how many vectors of one length are scanned exactly (about 20 MB of int8 vectors).</summary>
    public const int DefaultExactScanLimit = 50_000;

    private readonly Dictionary<int, Tier> _byLength = [];
    private readonly int _exactScanLimit;

    private VectorSet(int exactScanLimit)
    {
        _exactScanLimit = exactScanLimit;
    }

    public int Count => _byLength.Values.Sum(t => t.Codes.Count);

    public static VectorSet Build(IEnumerable<ChunkVector> vectors, int exactScanLimit = DefaultExactScanLimit)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var set = new VectorSet(exactScanLimit);
        foreach (var vector in vectors)
        {
            set.Add(vector);
        }

        return set;
    }

    /// <summary>Builds the set as the vectors stream in, so only the compact copies are ever held together.</summary>
    public static async Task<VectorSet> BuildAsync(IAsyncEnumerable<ChunkVector> vectors, CancellationToken cancellationToken, int exactScanLimit = DefaultExactScanLimit)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var set = new VectorSet(exactScanLimit);
        await foreach (var vector in vectors.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            set.Add(vector);
        }

        return set;
    }

    /// <summary>True when vectors of the query's length are all scored by <see cref="Nearest"/> (int8); false when
    /// only their sign bits are kept and <see cref="Nearest"/> ranks by Hamming distance, a shortlist to rescore.</summary>
    public bool IsExact(int length) => !_byLength.TryGetValue(length, out var tier) || tier.Exact is not null;

    /// <summary>The <paramref name="limit"/> chunks most similar to the query, best first: by int8 cosine while the set
    /// is small, by Hamming distance of the sign bits (an estimate to rescore) beyond. Vectors of another length (made
    /// by a different model) are passed over.</summary>
    public IReadOnlyList<VectorMatch> Nearest(float[] query, int limit)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (limit <= 0 || !_byLength.TryGetValue(query.Length, out var tier) || !IsUsable(query))
        {
            return [];
        }

        var unit = new float[query.Length];
        TensorPrimitives.Divide(query, TensorPrimitives.Norm(query), unit);
        return tier.Exact is { } exact ? exact.Nearest(unit, limit) : tier.Codes.Nearest(unit, limit);
    }

    private static bool IsUsable(ReadOnlySpan<float> vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        return vector.Length > 0 && float.IsFinite(norm) && norm > 0;
    }

    private void Add(ChunkVector vector)
    {
        if (!IsUsable(vector.Vector))
        {
            return;
        }

        if (!_byLength.TryGetValue(vector.Vector.Length, out var tier))
        {
            tier = new Tier(new BinaryVectorCodes(vector.Vector.Length), new Int8VectorBlocks(vector.Vector.Length));
            _byLength[vector.Vector.Length] = tier;
        }

        tier.Codes.Add(vector.ChunkId, vector.Vector);
        if (tier.Exact is { } exact)
        {
            exact.Add(vector.ChunkId, vector.Vector);
            if (exact.Count > _exactScanLimit)
            {
                tier.Exact = null;
            }
        }
    }

    private sealed class Tier(BinaryVectorCodes codes, Int8VectorBlocks exact)
    {
        public BinaryVectorCodes Codes { get; } = codes;

        public Int8VectorBlocks? Exact { get; set; } = exact;
    }
}
