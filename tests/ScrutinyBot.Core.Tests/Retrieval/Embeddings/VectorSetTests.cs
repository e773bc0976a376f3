using System.Numerics.Tensors;
using ScrutinyBot.Core.Retrieval.Embeddings;

namespace ScrutinyBot.Core.Tests.Retrieval.Embeddings;

public sealed class VectorSetTests
{
    [Fact]
    public void Nearest_ByCosine_BestFirstAndLengthIgnored()
    {
        var sut = VectorSet.Build([
            new ChunkVector(1, [1, 0, 0]),
            new ChunkVector(2, [10, 10, 0]),
            new ChunkVector(3, [0, 0, 5]),
            new ChunkVector(4, [0.2f, 0.05f, 0]),
        ]);

        var matches = sut.Nearest([3, 0, 0], 3);

        Assert.Equal([1L, 4L, 2L], matches.Select(m => m.ChunkId));
        Assert.Equal(1.0, matches[0].Similarity, 0.01);
        Assert.Equal(Math.Sqrt(0.5), matches[2].Similarity, 0.01);
    }

    [Fact]
    public void Nearest_VectorsOfAnotherLengthOrZero_ArePassedOver()
    {
        var sut = VectorSet.Build([
            new ChunkVector(1, [1, 0]),
            new ChunkVector(2, [0, 0, 0]),
            new ChunkVector(3, [0, 1, 0]),
        ]);

        var matches = sut.Nearest([0, 1, 0], 10);

        Assert.Equal(2, sut.Count);
        Assert.Equal([3L], matches.Select(m => m.ChunkId));
    }

    [Fact]
    public void Nearest_ZeroQuery_FindsNothing()
    {
        var sut = VectorSet.Build([new ChunkVector(1, [1, 0])]);

        Assert.Empty(sut.Nearest([0, 0], 5));
    }

    [Fact]
    public void Nearest_ManyBlocksOfInt8Vectors_SameNearestAsExactCosine()
    {
        var random = new Random(7);
        var vectors = Enumerable.Range(1, 20_000)
            .Select(id => new ChunkVector(id, Enumerable.Range(0, 384).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray()))
            .ToList();
        var query = vectors[12_345].Vector.Select(x => x + (float)(random.NextDouble() - 0.5) * 0.5f).ToArray();
        var sut = VectorSet.Build(vectors);

        var matches = sut.Nearest(query, 5);

        var exact = vectors.OrderByDescending(v => TensorPrimitives.CosineSimilarity(v.Vector, query)).First();
        Assert.Equal(exact.ChunkId, matches[0].ChunkId);
        Assert.Equal(TensorPrimitives.CosineSimilarity(exact.Vector, query), matches[0].Similarity, 0.01);
        Assert.Equal(5, matches.Count);
    }

    [Fact]
    public void Nearest_PastTheExactScanLimit_SignBitsShortlistTheExactNearest()
    {
        var random = new Random(11);
        var vectors = Enumerable.Range(1, 20_000)
            .Select(id => new ChunkVector(id, Enumerable.Range(0, 384).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray()))
            .ToList();
        var query = vectors[4_321].Vector.Select(x => x + (float)(random.NextDouble() - 0.5) * 0.5f).ToArray();
        var sut = VectorSet.Build(vectors, exactScanLimit: 1_000);

        var shortlist = sut.Nearest(query, 20);

        var exact = vectors.OrderByDescending(v => TensorPrimitives.CosineSimilarity(v.Vector, query)).First();
        Assert.False(sut.IsExact(384));
        Assert.Equal(20_000, sut.Count);
        Assert.Equal(exact.ChunkId, shortlist[0].ChunkId);
        Assert.Equal(20, shortlist.Count);
        Assert.Equal(TensorPrimitives.CosineSimilarity(exact.Vector, query), shortlist[0].Similarity, 0.15);
    }

    [Fact]
    public void IsExact_UpToTheExactScanLimit_True()
    {
        var sut = VectorSet.Build([new ChunkVector(1, [1, 0]), new ChunkVector(2, [0, 1])], exactScanLimit: 2);

        Assert.True(sut.IsExact(2));
    }
}
