using ScrutinyBot.Core.Retrieval.Embeddings;

namespace ScrutinyBot.Core.Tests.Retrieval.Embeddings;

public sealed class ReciprocalRankFusionTests
{
    [Fact]
    public void Fuse_TwoRankings_SumsOneOverKPlusRank()
    {
        IReadOnlyList<long> keyword = [1, 2, 3];
        IReadOnlyList<long> vector = [2, 4];

        var sut = ReciprocalRankFusion.Fuse([keyword, vector]);

        Assert.Equal([2L, 1L, 4L, 3L], sut.Select(f => f.Id));
        Assert.Equal((1.0 / 62) + (1.0 / 61), sut[0].Score, 12);
        Assert.Equal(1.0 / 61, sut[1].Score, 12);
        Assert.Equal(1.0 / 62, sut[2].Score, 12);
        Assert.Equal(1.0 / 63, sut[3].Score, 12);
    }

    [Fact]
    public void Fuse_MiddleOfBothBeatsTopOfOne_WithDefaultK()
    {
        IReadOnlyList<long> keyword = [1, 2, 3, 4, 5];
        IReadOnlyList<long> vector = [6, 7, 8, 9, 5];

        var sut = ReciprocalRankFusion.Fuse([keyword, vector]);

        Assert.Equal(5L, sut[0].Id);
    }

    [Fact]
    public void Fuse_SmallK_TopOfOneBeatsMiddleOfBoth()
    {
        IReadOnlyList<long> keyword = [1, 2, 3, 4, 5];
        IReadOnlyList<long> vector = [6, 7, 8, 9, 5];

        var sut = ReciprocalRankFusion.Fuse([keyword, vector], k: 0);

        Assert.Equal([1L, 6L], sut.Take(2).Select(f => f.Id));
    }

    [Fact]
    public void Fuse_EqualScores_KeepOrderOfFirstAppearance()
    {
        IReadOnlyList<long> keyword = [10, 20];
        IReadOnlyList<long> vector = [30, 40];

        var sut = ReciprocalRankFusion.Fuse([keyword, vector]);

        Assert.Equal([10L, 30L, 20L, 40L], sut.Select(f => f.Id));
    }

    [Fact]
    public void Fuse_OneRankingEmpty_KeepsTheOthersOrder()
    {
        IReadOnlyList<long> keyword = [3, 1, 2];

        var sut = ReciprocalRankFusion.Fuse([keyword, []]);

        Assert.Equal([3L, 1L, 2L], sut.Select(f => f.Id));
    }
}
