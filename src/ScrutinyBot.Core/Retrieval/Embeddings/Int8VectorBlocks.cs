using System.Numerics.Tensors;

namespace ScrutinyBot.Core.Retrieval.Embeddings;

/// <summary>Unit vectors of one length, each quantised to int8 with its own scale (x ≈ scale × q, |q| ≤ 127), in
/// blocks of <see cref="BlockRows"/> rows: a quarter of the memory of float32, a dot product per row in a handful of
/// AVX2 steps, and blocks that are searched in parallel when there are many. Cosine similarities come back accurate
/// to about 0.01, which is plenty for choosing the nearest few.</summary>
internal sealed class Int8VectorBlocks(int dimensions)
{
    public const int BlockRows = 4096;

    private readonly List<Block> _blocks = [];

    public int Count { get; private set; }

    /// <returns>False when the vector is zero or not finite (it is left out).</returns>
    public bool Add(long id, ReadOnlySpan<float> vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        var largest = Math.Abs(TensorPrimitives.MaxMagnitude(vector));
        if (!float.IsFinite(norm) || norm == 0 || largest == 0)
        {
            return false;
        }

        if (_blocks.Count == 0 || _blocks[^1].Rows == BlockRows)
        {
            _blocks.Add(new Block(dimensions));
        }

        var block = _blocks[^1];
        var row = block.Values.AsSpan(block.Rows * dimensions, dimensions);
        for (var i = 0; i < dimensions; i++)
        {
            row[i] = (sbyte)Math.Round(vector[i] / largest * 127);
        }

        block.Ids[block.Rows] = id;
        block.Scales[block.Rows] = largest / norm / 127;
        block.Rows++;
        Count++;
        return true;
    }

    /// <summary>The <paramref name="limit"/> rows most similar to the unit query, best first.</summary>
    public IReadOnlyList<VectorMatch> Nearest(ReadOnlySpan<float> unitQuery, int limit)
    {
        var largest = Math.Abs(TensorPrimitives.MaxMagnitude(unitQuery));
        var query = new short[dimensions];
        for (var i = 0; i < dimensions; i++)
        {
            query[i] = (short)Math.Round(unitQuery[i] / largest * 127);
        }

        var queryScale = largest / 127;
        return BlockSearch.Best(_blocks, limit, (block, best) => block.Search(query, best)).BestFirst(queryScale);
    }

    private sealed class Block(int dimensions)
    {
        public sbyte[] Values { get; } = new sbyte[BlockRows * dimensions];

        public long[] Ids { get; } = new long[BlockRows];

        public float[] Scales { get; } = new float[BlockRows];

        public int Rows { get; set; }

        public void Search(short[] query, TopMatches best)
        {
            for (var r = 0; r < Rows; r++)
            {
                best.Offer(Ids[r], Int8Dot.Dot(Values.AsSpan(r * dimensions, dimensions), query) * Scales[r]);
            }
        }
    }
}
