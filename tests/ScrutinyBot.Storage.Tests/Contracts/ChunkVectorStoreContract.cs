using ScrutinyBot.Core.Retrieval.Embeddings;
using static ScrutinyBot.Storage.Tests.Contracts.TestDocuments;

namespace ScrutinyBot.Storage.Tests.Contracts;

/// <summary>IChunkVectorStore: vectors kept next to their chunks.</summary>
public abstract class ChunkVectorStoreContract : StoreContract
{
    [Fact]
    public async Task SaveAsync_Vectors_ReadBackInChunkOrderAndNoLongerUnembedded()
    {
        await Store.Documents.SaveAsync(WithChunks("/p/a.pdf", null, null, Chunk("one"), Chunk("two"), Chunk("three")), None);
        var chunks = await Store.Vectors.ListUnembeddedAsync(0, 10, None);

        await Store.Vectors.SaveAsync([new ChunkVector(chunks[2].Id, [0.5f, -1.25f]), new ChunkVector(chunks[0].Id, [1f, 2f])], None);

        var all = await ToListAsync(Store.Vectors.ReadAllAsync(None));
        Assert.Equal([chunks[0].Id, chunks[2].Id], all.Select(v => v.ChunkId));
        Assert.Equal([1f, 2f], all[0].Vector);
        Assert.Equal([0.5f, -1.25f], all[1].Vector);
        Assert.Equal(1, await Store.Vectors.CountUnembeddedAsync(None));
        Assert.Equal([chunks[1].Id], (await Store.Vectors.ListUnembeddedAsync(0, 10, None)).Select(c => c.Id));
    }

    [Fact]
    public async Task ReadAllAsync_VectorsOfDifferentLengths_EachReadWhole()
    {
        await Store.Documents.SaveAsync(WithChunks("/p/a.pdf", null, null, Chunk("one"), Chunk("two"), Chunk("three")), None);
        var chunks = await Store.Vectors.ListUnembeddedAsync(0, 10, None);

        await Store.Vectors.SaveAsync([new ChunkVector(chunks[0].Id, [1f, 2f, 3f]), new ChunkVector(chunks[1].Id, [4f]), new ChunkVector(chunks[2].Id, [5f, 6f])], None);

        var all = await ToListAsync(Store.Vectors.ReadAllAsync(None));
        Assert.Equal([[1f, 2f, 3f], [4f], [5f, 6f]], all.Select(v => v.Vector));
    }

    [Fact]
    public async Task ListUnembeddedAsync_AfterIdAndLimit_PagesInIdOrder()
    {
        await Store.Documents.SaveAsync(WithChunks("/p/a.pdf", null, null, Chunk("one"), Chunk("two"), Chunk("three")), None);
        var all = await Store.Vectors.ListUnembeddedAsync(0, 10, None);

        var page = await Store.Vectors.ListUnembeddedAsync(all[0].Id, 1, None);

        Assert.Equal([all[1].Id], page.Select(c => c.Id));
        Assert.Equal("two", page[0].Chunk.Text);
    }

    [Fact]
    public async Task SaveAsync_ForChunkThatIsGone_IsIgnoredAndGenerationMovesOn()
    {
        await Store.Documents.SaveAsync(WithChunks("/p/a.pdf", null, null, Chunk("one")), None);
        var chunk = Assert.Single(await Store.Vectors.ListUnembeddedAsync(0, 10, None));
        await Store.Documents.ForgetAsync("a.pdf", None);
        var before = await Store.Generation.CurrentAsync(None);

        await Store.Vectors.SaveAsync([new ChunkVector(chunk.Id, [1f])], None);

        Assert.Empty(await ToListAsync(Store.Vectors.ReadAllAsync(None)));
        Assert.True(await Store.Generation.CurrentAsync(None) > before);
    }

    [Fact]
    public async Task ReadChunksAsync_Ids_ReturnsThoseThatStillExist()
    {
        await Store.Documents.SaveAsync(WithChunks("/p/a.pdf", "Audit Committee", null, Chunk("one", committee: "Audit Committee"), Chunk("two")), None);
        var chunks = await Store.Vectors.ListUnembeddedAsync(0, 10, None);

        var read = await Store.Vectors.ReadChunksAsync([chunks[0].Id, 999_999], None);

        var only = Assert.Single(read);
        Assert.Equal(("one", "a.pdf", "Audit Committee"), (only.Chunk.Text, only.Chunk.Source, only.Chunk.Committee));
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
