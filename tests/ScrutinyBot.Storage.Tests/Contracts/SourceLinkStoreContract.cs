using ScrutinyBot.Core.Sources;

namespace ScrutinyBot.Storage.Tests.Contracts;

/// <summary>ISourceLinkStore: a stored document's council address, found by the name citations show.</summary>
public abstract class SourceLinkStoreContract : StoreContract
{
    [Fact]
    public async Task FindAsync_SyncedDocument_ReturnsItsAddress()
    {
        await Store.Documents.SaveAsync(TestDocuments.WithEveryFact("h1", "text", "/data/kent/9001-Motion.txt"), None);
        await Store.Documents.SaveAsync(TestDocuments.WithEveryFact("h2", "text", "/papers/local.txt"), None);
        await Store.Sources.SaveDocumentAsync(Paper("https://example.org/documents/s9001/Motion.txt", "/data/kent/9001-Motion.txt"), None);

        var links = await Store.Links.FindAsync(["9001-Motion.txt", "local.txt", "missing.txt"], None);

        Assert.Equal(new SourceLink("https://example.org/documents/s9001/Motion.txt", IsPdf: false), Assert.Single(links).Value);
        Assert.Equal("9001-Motion.txt", links.Keys.Single());
    }

    [Fact]
    public async Task FindAsync_NameFittingTwoAddresses_LeavesItOut()
    {
        await Store.Documents.SaveAsync(TestDocuments.WithEveryFact("h1", "text", "/data/a/report.txt"), None);
        await Store.Documents.SaveAsync(TestDocuments.WithEveryFact("h2", "text", "/data/b/report.txt"), None);
        await Store.Sources.SaveDocumentAsync(Paper("https://example.org/a/report.txt", "/data/a/report.txt"), None);
        await Store.Sources.SaveDocumentAsync(Paper("https://example.org/b/report.txt", "/data/b/report.txt"), None);

        Assert.Empty(await Store.Links.FindAsync(["report.txt"], None));
    }

    [Fact]
    public async Task FindAsync_NoNames_IsEmpty()
    {
        Assert.Empty(await Store.Links.FindAsync([], None));
    }

    private static SourceDocumentState Paper(string url, string path) => new("kent", "5001", url, null, null, 10, "hash", path);
}
