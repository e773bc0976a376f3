using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.Embeddings;
using ScrutinyBot.Storage.Tests.Engines;
using static ScrutinyBot.Storage.Tests.Contracts.TestDocuments;

namespace ScrutinyBot.Storage.Tests.AzureAISearch;

/// <summary>The index kept in step with the store: pushed on save, pruned on replace and forget, in batches, with
/// failed requests retried.</summary>
public sealed class AzureAISearchIndexingTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private AzureAISearchStoreUnderTest _sut = null!;

    public async Task InitializeAsync() => _sut = await AzureAISearchStoreUnderTest.CreateAsync(TimeProvider.System, batchSize: 2);

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    [Fact]
    public async Task SaveAsync_FiveChunks_PushesThemInBatchesOfTheBatchSize()
    {
        await _sut.Documents.SaveAsync(WithChunks("/p/pack.pdf", null, null, [.. Enumerable.Range(1, 5).Select(i => Chunk($"Budget line {i}."))]), None);

        Assert.Equal(5, _sut.IndexedChunks);
        Assert.Equal(3, _sut.StandIn.Requests.Count(r => r.EndsWith("/docs/search.index", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SaveAsync_SamePathAgain_ReplacesTheOldVersionsChunksInTheIndex()
    {
        await _sut.Documents.SaveAsync(WithChunks("/p/pack.pdf", null, null, Chunk("Libraries closing."), Chunk("Bus routes cut.")) with { ContentHash = "v1" }, None);

        await _sut.Documents.SaveAsync(WithChunks("/p/pack.pdf", null, null, Chunk("Libraries reopened.")) with { ContentHash = "v2" }, None);

        Assert.Equal(1, _sut.IndexedChunks);
        Assert.Empty(await _sut.Search.SearchAsync(new SearchQuery(["bus"], []), None));
        Assert.Contains("reopened", Assert.Single(await _sut.Search.SearchAsync(new SearchQuery(["libraries"], []), None)).Chunk.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgetAsync_OneOfTwoDocuments_RemovesOnlyItsChunksFromTheIndex()
    {
        await _sut.Documents.SaveAsync(WithChunks("/p/a.pdf", null, null, Chunk("Budget for roads."), Chunk("Budget for parks.")), None);
        await _sut.Documents.SaveAsync(WithChunks("/p/b.pdf", null, null, Chunk("Budget for schools.")), None);

        await _sut.Documents.ForgetAsync("/p/a.pdf", None);

        Assert.Equal(1, _sut.IndexedChunks);
        Assert.Equal(["b.pdf"], (await _sut.Search.SearchAsync(new SearchQuery(["budget"], []), None)).Select(h => h.Chunk.Source));
    }

    [Fact]
    public async Task SaveAsync_ServiceUnavailableTwice_RetriesTheBatchAndIndexesIt()
    {
        await _sut.Search.SearchAsync(new SearchQuery(["warm"], []), None);
        _sut.StandIn.FailNextIndexing(2);

        await _sut.Documents.SaveAsync(WithChunks("/p/pack.pdf", null, null, Chunk("Budget pressures noted.")), None);

        Assert.Equal(1, _sut.IndexedChunks);
        Assert.Equal(3, _sut.StandIn.Requests.Count(r => r.EndsWith("/docs/search.index", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SaveAsync_ServiceDownPastTheRetries_FailsNamingTheIndexAndKeepsTheStoreCopy()
    {
        await _sut.Search.SearchAsync(new SearchQuery(["warm"], []), None);
        _sut.StandIn.FailNextIndexing(100);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => _sut.Documents.SaveAsync(WithChunks("/p/pack.pdf", null, null, Chunk("Budget.")), None));

        Assert.Contains("503", error.Message, StringComparison.Ordinal);
        Assert.NotNull(await _sut.Documents.FindBySourcePathAsync("/p/pack.pdf", None));
    }

    [Fact]
    public async Task SaveVectors_AfterThePush_SetsTheVectorOnTheIndexedChunkOnly()
    {
        await _sut.Documents.SaveAsync(WithChunks("/p/pack.pdf", null, null, Chunk("Budget pressures noted."), Chunk("Parks.")), None);
        var chunks = await _sut.Vectors.ListUnembeddedAsync(0, 10, None);

        await _sut.Vectors.SaveAsync([new ChunkVector(chunks[1].Id, [0f, 1f, 0f, 0f]), new ChunkVector(9_999, [1f, 0f, 0f, 0f])], None);

        var nearest = await ((IChunkVectorSearch)_sut.Search).NearestAsync([0f, 1f, 0f, 0f], 5, None);
        var match = Assert.Single(nearest);
        Assert.Equal(chunks[1].Id, match.ChunkId);
        Assert.Equal(1.0, match.Similarity, 6);
        Assert.Equal(2, _sut.IndexedChunks);
    }
}
