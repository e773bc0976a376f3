using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Storage;
using ScrutinyBot.Core.Storage.Sqlite;
using ScrutinyBot.Core.Tests.Ingestion;

namespace ScrutinyBot.Core.Tests.Storage.Sqlite;

public sealed class SqliteStoreGenerationTests : IDisposable
{
    private readonly TestFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 2, 1, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task CurrentAsync_SaveReplaceAndForget_MovesEachTime()
    {
        var connections = Connections();
        var store = new SqliteDocumentStore(connections, _clock);
        var sut = new SqliteStoreGeneration(connections);
        var seen = new List<long> { await sut.CurrentAsync(CancellationToken.None) };

        await store.SaveAsync(Document("/papers/a.txt", "Adults Committee"), CancellationToken.None);
        seen.Add(await sut.CurrentAsync(CancellationToken.None));
        await store.SaveAsync(Document("/papers/a.txt", "Adults Committee"), CancellationToken.None);
        seen.Add(await sut.CurrentAsync(CancellationToken.None));
        await store.ForgetAsync("/papers/a.txt", CancellationToken.None);
        seen.Add(await sut.CurrentAsync(CancellationToken.None));

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(seen.Order().ToList(), seen);
    }

    [Fact]
    public async Task CachedFactStore_DocumentSavedThroughAnotherConnectionFactory_SeesItsFacts()
    {
        var reading = Connections();
        var sut = new CachedFactStore(new SqliteDocumentStore(reading, _clock), new SqliteStoreGeneration(reading));
        var writer = new SqliteDocumentStore(Connections(), _clock);
        await writer.SaveAsync(Document("/papers/a.txt", "Adults Committee"), CancellationToken.None);
        var before = await sut.LoadFactsAsync(CancellationToken.None);

        await writer.SaveAsync(Document("/papers/b.txt", "Health Committee"), CancellationToken.None);
        var after = await sut.LoadFactsAsync(CancellationToken.None);

        Assert.Equal(["Adults Committee"], before.Facts.Meetings.Select(m => m.Committee));
        Assert.Equal(["Adults Committee", "Health Committee"], after.Facts.Meetings.Select(m => m.Committee));
    }

    [Fact]
    public async Task CachedFactStore_NothingChanged_ReturnsTheSameSnapshot()
    {
        var connections = Connections();
        var store = new SqliteDocumentStore(connections, _clock);
        await store.SaveAsync(Document("/papers/a.txt", "Adults Committee"), CancellationToken.None);
        var sut = new CachedFactStore(store, new SqliteStoreGeneration(connections));

        var first = await sut.LoadFactsAsync(CancellationToken.None);
        var second = await sut.LoadFactsAsync(CancellationToken.None);

        Assert.Same(first, second);
    }

    public void Dispose() => _folder.Dispose();

    private SqliteConnectionFactory Connections() =>
        new(Options.Create(new StorageOptions { DataDirectory = _folder.Path }));

    private static DocumentToSave Document(string path, string committee)
    {
        var source = Path.GetFileName(path);
        var date = new DateOnly(2024, 11, 13);
        var meeting = new Meeting(source, "Test Council", committee, date, new TimeOnly(10, 0), null, "Room 1", "Cllr Chair",
            new Evidence(source, "Minutes", 1, "10am, Room 1"));
        var facts = DocumentFacts.Empty with { Meetings = [meeting] };
        var metadata = new DocumentMetadata("Test Council", committee, date, "Minutes");
        var chunk = new Chunk(source, 0, PartKind.Minutes, "Minutes", null, 1, date, committee, "Test Council", "The meeting began at 10am.");
        return new DocumentToSave(source, path, "hash-" + source, "text", [new PageText(1, "The meeting began at 10am.")],
            new ExtractionResult(metadata, [new DocumentPart(0, PartKind.Minutes, "Minutes", 1, 1, date, "The meeting began at 10am.")], facts), [chunk]);
    }
}
