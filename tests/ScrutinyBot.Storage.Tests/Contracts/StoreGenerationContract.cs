namespace ScrutinyBot.Storage.Tests.Contracts;

/// <summary>IStoreGeneration: moves on with every change to the documents, seen by another process.</summary>
public abstract class StoreGenerationContract : StoreContract
{
    [Fact]
    public async Task CurrentAsync_SaveAndForget_MovesOnEachTime()
    {
        var empty = await Store.Generation.CurrentAsync(None);

        await Store.Documents.SaveAsync(TestDocuments.WithEveryFact("v1", "one"), None);
        var saved = await Store.Generation.CurrentAsync(None);
        await Store.Documents.ForgetAsync("doc.txt", None);
        var forgotten = await Store.Generation.CurrentAsync(None);

        Assert.True(saved > empty);
        Assert.True(forgotten > saved);
    }

    [Fact]
    public async Task CurrentAsync_NothingChanged_StaysTheSame()
    {
        await Store.Documents.SaveAsync(TestDocuments.WithEveryFact("v1", "one"), None);

        var first = await Store.Generation.CurrentAsync(None);
        await Store.Facts.LoadFactsAsync(None);
        await Store.Search.SearchAsync(new(["one"], []), None);

        Assert.Equal(first, await Store.Generation.CurrentAsync(None));
    }

    [Fact]
    public async Task CurrentAsync_ChangeMadeThroughAnotherConnection_IsSeen()
    {
        await using var other = await Store.ReopenAsync(Clock);
        var before = await Store.Generation.CurrentAsync(None);

        await other.Documents.SaveAsync(TestDocuments.WithEveryFact("v1", "one"), None);

        Assert.True(await Store.Generation.CurrentAsync(None) > before);
    }
}
