using System.Numerics.Tensors;

namespace ScrutinyBot.Core.Retrieval.Embeddings;

/// <summary>Chunk vectors held in memory, scaled to unit length, searched by brute-force cosine similarity
/// (enough for the embedded store: tens of thousands of chunks take milliseconds).</summary>
public sealed class VectorSet
{
    private readonly long[] _ids;
    private readonly float[][] _vectors;

    private VectorSet(long[] ids, float[][] vectors) => (_ids, _vectors) = (ids, vectors);

    public int Count => _ids.Length;

    public static VectorSet Build(IReadOnlyList<ChunkVector> vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var usable = vectors.Select(v => (v.ChunkId, Unit: Unit(v.Vector))).Where(v => v.Unit is not null).ToList();
        return new VectorSet(usable.Select(v => v.ChunkId).ToArray(), usable.Select(v => v.Unit!).ToArray());
    }

    /// <summary>The <paramref name="limit"/> chunks most similar to the query, best first. Vectors of another length
    /// (made by a different model) are passed over.</summary>
    public IReadOnlyList<VectorMatch> Nearest(float[] query, int limit)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (limit <= 0 || Unit(query) is not { } unit)
        {
            return [];
        }

        var best = new PriorityQueue<VectorMatch, double>(limit + 1);
        for (var i = 0; i < _ids.Length; i++)
        {
            if (_vectors[i].Length != unit.Length)
            {
                continue;
            }

            var similarity = TensorPrimitives.Dot(_vectors[i], unit);
            best.Enqueue(new VectorMatch(_ids[i], similarity), similarity);
            if (best.Count > limit)
            {
                best.Dequeue();
            }
        }

        var matches = new List<VectorMatch>(best.Count);
        while (best.TryDequeue(out var match, out _))
        {
            matches.Add(match);
        }

        matches.Reverse();
        return matches;
    }

    private static float[]? Unit(float[] vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (vector.Length == 0 || !float.IsFinite(norm) || norm == 0)
        {
            return null;
        }

        var unit = new float[vector.Length];
        TensorPrimitives.Divide(vector, norm, unit);
        return unit;
    }
}
