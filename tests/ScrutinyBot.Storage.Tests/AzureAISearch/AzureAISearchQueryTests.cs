using System.Text.Json.Nodes;
using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.Embeddings;
using ScrutinyBot.Storage.Tests.Engines;
using static ScrutinyBot.Storage.Tests.Contracts.TestDocuments;

namespace ScrutinyBot.Storage.Tests.AzureAISearch;

/// <summary>What the Azure engine adds to the search contract: the index schema made from code, hybrid queries (keywords
/// and a vector in one request, filters on both) and the vector leg.</summary>
public sealed class AzureAISearchQueryTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private AzureAISearchStoreUnderTest _sut = null!;

    public async Task InitializeAsync() => _sut = await AzureAISearchStoreUnderTest.CreateAsync(TimeProvider.System);

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    [Fact]
    public async Task FirstUse_NoIndex_CreatesTheSchemaWithAnalyzerFiltersAndVectorProfile()
    {
        await _sut.Search.SearchAsync(new SearchQuery(["budget"], []), None);

        var definition = _sut.StandIn.Definition(_sut.Options.IndexName)!;
        var fields = definition["fields"]!.AsArray().OfType<JsonObject>().ToDictionary(f => f["name"]!.GetValue<string>());
        Assert.Equal("en.lucene", fields["text"]["analyzer"]!.GetValue<string>());
        Assert.All(["committee", "meetingDate", "partKind", "documentId"], f => Assert.True(fields[f]["filterable"]!.GetValue<bool>(), f));
        Assert.Equal(AzureAISearchStoreUnderTest.Dimensions, fields["vector"]["dimensions"]!.GetValue<int>());
        var profile = fields["vector"]["vectorSearchProfile"]!.GetValue<string>();
        var algorithm = definition["vectorSearch"]!["profiles"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == profile)!["algorithm"]!.GetValue<string>();
        var hnsw = definition["vectorSearch"]!["algorithms"]!.AsArray().Single(a => a!["name"]!.GetValue<string>() == algorithm)!;
        Assert.Equal(("hnsw", "cosine"), (hnsw["kind"]!.GetValue<string>(), hnsw["hnswParameters"]!["metric"]!.GetValue<string>()));
    }

    [Fact]
    public async Task SearchAsync_WithVector_FindsTheChunkInOtherWordsAndKeepsTheFilter()
    {
        var ids = await SaveWithVectorsAsync(
            (Chunk("Budget pressures noted.", kind: PartKind.Minutes), [1f, 0f, 0f, 0f]),
            (Chunk("Money is tight this year.", kind: PartKind.Minutes), [0f, 1f, 0f, 0f]),
            (Chunk("Funding is short.", kind: PartKind.Report), [0f, 0.9f, 0.1f, 0f]));

        var query = new SearchQuery(["budget"], [], Part: PartKind.Minutes) { Vector = [0f, 1f, 0f, 0f] };
        var hits = await _sut.Search.SearchAsync(query, None);

        Assert.Equal([ids[0], ids[1]], hits.Select(h => h.ChunkId).Order());
        Assert.All(hits, h => Assert.NotNull(h.FusedScore));
    }

    [Fact]
    public async Task NearestAsync_Vectors_ReturnsClosestFirstWithCosine()
    {
        var ids = await SaveWithVectorsAsync(
            (Chunk("a"), [1f, 0f, 0f, 0f]),
            (Chunk("b"), [0.6f, 0.8f, 0f, 0f]),
            (Chunk("c"), [0f, 0f, 1f, 0f]));

        var nearest = await ((IChunkVectorSearch)_sut.Search).NearestAsync([1f, 0f, 0f, 0f], 2, None);

        Assert.Equal([ids[0], ids[1]], nearest.Select(m => m.ChunkId));
        Assert.Equal(0.6, nearest[1].Similarity, 4);
    }

    private async Task<IReadOnlyList<long>> SaveWithVectorsAsync(params (Chunk Chunk, float[] Vector)[] chunks)
    {
        await _sut.Documents.SaveAsync(WithChunks("/p/pack.pdf", null, null, [.. chunks.Select(c => c.Chunk)]), None);
        var ids = (await _sut.Vectors.ListUnembeddedAsync(0, 100, None)).Select(c => c.Id).ToList();
        await _sut.Vectors.SaveAsync([.. ids.Zip(chunks, (id, c) => new ChunkVector(id, c.Vector))], None);
        return ids;
    }
}
