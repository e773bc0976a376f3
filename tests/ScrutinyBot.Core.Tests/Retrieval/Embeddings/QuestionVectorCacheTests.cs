using ScrutinyBot.Core.Retrieval.Embeddings;

namespace ScrutinyBot.Core.Tests.Retrieval.Embeddings;

public sealed class QuestionVectorCacheTests
{
    [Fact]
    public void TryGet_MoreQuestionsThanCapacity_LeastRecentlyUsedGoesFirst()
    {
        var sut = new QuestionVectorCache();
        sut.Add("first", [1]);
        sut.Add("second", [2]);
        Assert.True(sut.TryGet("first", out _));

        for (var i = 0; i < QuestionVectorCache.Capacity - 1; i++)
        {
            sut.Add($"q{i}", [i]);
        }

        Assert.True(sut.TryGet("first", out var first));
        Assert.Equal([1f], first);
        Assert.False(sut.TryGet("second", out _));
    }

    [Fact]
    public async Task FuseAsync_SameQuestionTwice_EmbedsItOnce()
    {
        using var store = new Sqlite.SqliteTestStore();
        var document = await store.AddDocumentAsync("pack.pdf");
        await store.AddChunkAsync(document, "Rough sleeping: the count found twelve people.");
        var embedder = new FakeTextEmbedder(_ => [1, 0]);
        var vectors = new ScrutinyBot.Core.Retrieval.Embeddings.Sqlite.SqliteChunkVectorStore(store.Connections);
        await vectors.SaveAsync([new ChunkVector(1, [1, 0])], CancellationToken.None);
        var sut = new HybridFusion(embedder, new ChunkVectorIndex(vectors, new ScrutinyBot.Core.Storage.Sqlite.SqliteStoreGeneration(store.Connections)), vectors, new QuestionVectorCache());

        await sut.FuseAsync("Who sleeps rough?", [], 5, CancellationToken.None);
        var fused = await sut.FuseAsync("Who sleeps rough?", [], 5, CancellationToken.None);

        Assert.Single(embedder.Texts);
        Assert.Single(fused);
    }
}
