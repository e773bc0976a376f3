using System.Numerics;

namespace ScrutinyBot.Core.Retrieval.Embeddings;

/// <summary>Vectors of one length kept as one bit a dimension (its sign), in blocks of <see cref="BlockRows"/> rows:
/// 48 bytes for a 384-dimension vector instead of 396 as int8, and the distance to a query is a handful of XOR and
/// popcount steps. The bits only shortlist: the few hundred nearest by Hamming distance are then scored exactly.</summary>
internal sealed class BinaryVectorCodes(int dimensions)
{
    public const int BlockRows = 8192;

    private readonly int _words = (dimensions + 63) / 64;
    private readonly List<Block> _blocks = [];

    public int Count { get; private set; }

    public void Add(long id, ReadOnlySpan<float> vector)
    {
        if (_blocks.Count == 0 || _blocks[^1].Rows == BlockRows)
        {
            _blocks.Add(new Block(_words));
        }

        var block = _blocks[^1];
        Encode(vector, block.Codes.AsSpan(block.Rows * _words, _words));
        block.Ids[block.Rows] = id;
        block.Rows++;
        Count++;
    }

    /// <summary>The <paramref name="count"/> rows nearest to the query by Hamming distance, each with the cosine its
    /// distance suggests (cos(π·distance/dimensions)), best first.</summary>
    public IReadOnlyList<VectorMatch> Nearest(ReadOnlySpan<float> query, int count)
    {
        var code = new ulong[_words];
        Encode(query, code);
        return BlockSearch.Best(_blocks, count, (block, best) => block.Search(code, best)).BestFirst(1f)
            .Select(m => new VectorMatch(m.ChunkId, Math.Cos(Math.PI * -m.Similarity / dimensions)))
            .ToList();
    }

    private static void Encode(ReadOnlySpan<float> vector, Span<ulong> code)
    {
        code.Clear();
        for (var i = 0; i < vector.Length; i++)
        {
            if (vector[i] > 0)
            {
                code[i >> 6] |= 1UL << (i & 63);
            }
        }
    }

    private sealed class Block(int words)
    {
        public ulong[] Codes { get; } = new ulong[BlockRows * words];

        public long[] Ids { get; } = new long[BlockRows];

        public int Rows { get; set; }

        public void Search(ulong[] query, TopMatches best)
        {
            for (var r = 0; r < Rows; r++)
            {
                var row = Codes.AsSpan(r * words, words);
                var distance = 0;
                for (var w = 0; w < row.Length; w++)
                {
                    distance += BitOperations.PopCount(row[w] ^ query[w]);
                }

                // Higher is better in the heap: the negated distance.
                best.Offer(Ids[r], -distance);
            }
        }
    }
}
