using ScrutinyBot.Core.Storage;
using ScrutinyBot.Core.Storage.Sqlite;
using ScrutinyBot.Storage.Postgres;
using ScrutinyBot.Storage.Postgres.Documents;
using ScrutinyBot.Storage.Tests.Engines;
using static ScrutinyBot.Storage.Tests.Contracts.TestDocuments;

namespace ScrutinyBot.Storage.Tests.AzureAISearch;

/// <summary>Each store engine names a document's chunk ids, which the Azure index copies on save.</summary>
public sealed class DocumentChunkIdsTests
{
    [Fact]
    public async Task ChunkIdsAsync_Sqlite_ReturnsTheDocumentsChunksInReadingOrder()
    {
        await using var store = (SqliteStoreUnderTest)await SqliteStoreUnderTest.OpenAsync(TimeProvider.System);

        await AssertChunkIdsAsync(store, new SqliteDocumentChunkIds(store.Connections));
    }

    [Fact]
    public async Task ChunkIdsAsync_Postgres_ReturnsTheDocumentsChunksInReadingOrder()
    {
        await using var store = (PostgresStoreUnderTest)await PostgresStoreUnderTest.OpenAsync(TimeProvider.System);
        await using var database = new PostgresDatabase(Microsoft.Extensions.Options.Options.Create(new PostgresStorageOptions { ConnectionString = store.ConnectionString }));

        await AssertChunkIdsAsync(store, new PostgresDocumentChunkIds(database));
    }

    private static async Task AssertChunkIdsAsync(StoreUnderTest store, IDocumentChunkIds sut)
    {
        var first = await store.Documents.SaveAsync(WithChunks("/p/a.pdf", null, null, Chunk("one"), Chunk("two")), CancellationToken.None);
        var second = await store.Documents.SaveAsync(WithChunks("/p/b.pdf", null, null, Chunk("three")), CancellationToken.None);
        var all = await store.Vectors.ListUnembeddedAsync(0, 100, CancellationToken.None);

        var ids = await sut.ChunkIdsAsync(first.Id, CancellationToken.None);

        Assert.Equal(all.Where(c => c.Chunk.Source == "a.pdf").Select(c => c.Id).Order(), ids);
        Assert.Single(await sut.ChunkIdsAsync(second.Id, CancellationToken.None));
        Assert.Empty(await sut.ChunkIdsAsync(second.Id + 1_000, CancellationToken.None));
    }
}
