using ScrutinyBot.Core.Retrieval.Sqlite;
using ScrutinyBot.Core.Storage.Sqlite;

namespace ScrutinyBot.Core.Tests.Retrieval.Sqlite;

public sealed class SqliteIndexVocabularyTests : IDisposable
{
    private readonly SqliteTestStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task NearestTermAsync_TypoOfAWordInTwoChunks_GivesTheIndexedStem()
    {
        var doc = await _store.AddDocumentAsync("pack.pdf");
        await _store.AddChunkAsync(doc, "Ofsted's sixth monitoring visit looked at supervision.");
        await _store.AddChunkAsync(doc, "The next visit is due in the spring.");
        var sut = new SqliteIndexVocabulary(_store.Connections, new SqliteStoreGeneration(_store.Connections));

        Assert.Equal("visit", await sut.NearestTermAsync("vist", CancellationToken.None));
        Assert.Null(await sut.NearestTermAsync("supervsion", CancellationToken.None)); // one chunk only
    }

    [Fact]
    public async Task NearestTermAsync_PaperIngestedAfterTheFirstQuestion_IsSeen()
    {
        var doc = await _store.AddDocumentAsync("pack.pdf");
        await _store.AddChunkAsync(doc, "Nothing yet.");
        var sut = new SqliteIndexVocabulary(_store.Connections, new SqliteStoreGeneration(_store.Connections));
        Assert.Null(await sut.NearestTermAsync("budgte", CancellationToken.None));

        var later = await _store.AddDocumentAsync("later.pdf");
        await _store.AddChunkAsync(later, "The budget was set.");
        await _store.AddChunkAsync(later, "The budget gap is closing.");

        Assert.Equal("budget", await sut.NearestTermAsync("budgte", CancellationToken.None));
    }
}
