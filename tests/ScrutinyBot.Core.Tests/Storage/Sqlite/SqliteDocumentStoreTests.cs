using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Storage;
using ScrutinyBot.Core.Storage.Sqlite;
using ScrutinyBot.Core.Tests.Ingestion;

namespace ScrutinyBot.Core.Tests.Storage.Sqlite;

public sealed class SqliteDocumentStoreTests : IDisposable
{
    private static readonly DateOnly Meeting = new(2024, 11, 13);
    private readonly TestFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 2, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly SqliteConnectionFactory _connections;
    private readonly SqliteDocumentStore _sut;

    public SqliteDocumentStoreTests()
    {
        _connections = new SqliteConnectionFactory(Options.Create(new StorageOptions { DataDirectory = _folder.Path }));
        _sut = new SqliteDocumentStore(_connections, _clock);
    }

    [Fact]
    public async Task LoadFactsAsync_AfterSave_ReturnsEveryFactWithEvidence()
    {
        var saved = await _sut.SaveAsync(Document("v1", "first text"), CancellationToken.None);

        var set = await _sut.LoadFactsAsync(CancellationToken.None);

        var facts = set.Facts;
        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal(new TimeOnly(9, 30), meeting.Start);
        Assert.Equal("Cllr Chair", meeting.Chair);
        Assert.Equal(new Evidence("doc.txt", "Minutes", 2, "quote meeting"), meeting.Evidence);
        Assert.Equal(AttendanceStatus.Apologies, Assert.Single(facts.Attendance).Status);
        Assert.Equal("4", Assert.Single(facts.AgendaItems).Number);
        Assert.Equal("2024/001", Assert.Single(facts.Resolutions).Reference);
        var recommendation = Assert.Single(facts.Recommendations);
        Assert.Equal(ResponseStatus.Partial, recommendation.ResponseStatus);
        Assert.Equal(new DateOnly(2024, 12, 1), recommendation.Deadline);
        Assert.Equal("March 2025", Assert.Single(facts.WorkProgramme).When);
        var document = Assert.Single(set.Documents);
        Assert.Equal(saved, document);
        Assert.Equal(_clock.GetUtcNow(), document.IngestedAt);
        Assert.Equal("Test Committee", document.Metadata.Committee);
    }

    [Fact]
    public async Task SaveAsync_SameSourcePath_ReplacesOldVersionCompletely()
    {
        await _sut.SaveAsync(Document("v1", "first text"), CancellationToken.None);

        await _sut.SaveAsync(Document("v2", "second text"), CancellationToken.None);

        var set = await _sut.LoadFactsAsync(CancellationToken.None);
        Assert.Equal("v2", Assert.Single(set.Documents).ContentHash);
        Assert.Equal("resolved second text", Assert.Single(set.Facts.Resolutions).Text);
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM chunks"));
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM chunks_fts WHERE chunks_fts MATCH 'first'"));
    }

    [Fact]
    public async Task SaveAsync_CrashMidTransaction_LeavesEarlierVersionWhole()
    {
        await _sut.SaveAsync(Document("v1", "first text"), CancellationToken.None);
        var good = Document("v2", "second text");
        var failingRow = good.Extraction.Facts.WorkProgramme[0] with { Item = null! };
        var crashing = good with
        {
            Extraction = good.Extraction with { Facts = good.Extraction.Facts with { WorkProgramme = [failingRow] } },
        };

        await Assert.ThrowsAsync<SqliteException>(() => _sut.SaveAsync(crashing, CancellationToken.None));

        var set = await _sut.LoadFactsAsync(CancellationToken.None);
        Assert.Equal("v1", Assert.Single(set.Documents).ContentHash);
        Assert.Equal("resolved first text", Assert.Single(set.Facts.Resolutions).Text);
        Assert.Single(set.Facts.Meetings);
        Assert.Single(set.Facts.WorkProgramme);
        Assert.Equal(2L, await CountAsync("SELECT count(*) FROM pages"));
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM chunks_fts WHERE chunks_fts MATCH 'first'"));
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM chunks_fts WHERE chunks_fts MATCH 'second'"));
    }

    [Fact]
    public async Task ForgetAsync_AmbiguousFileName_RemovesNothing()
    {
        await _sut.SaveAsync(Document("v1", "one") with { SourcePath = "/a/doc.txt" }, CancellationToken.None);
        await _sut.SaveAsync(Document("v1", "two") with { SourcePath = "/b/doc.txt" }, CancellationToken.None);

        var removed = await _sut.ForgetAsync("doc.txt", CancellationToken.None);

        Assert.Null(removed);
        Assert.Equal(2, (await _sut.ListDocumentsAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task FindBySourcePathAsync_UnknownPath_ReturnsNull()
    {
        await _sut.SaveAsync(Document("v1", "one"), CancellationToken.None);

        Assert.Null(await _sut.FindBySourcePathAsync("/elsewhere/doc.txt", CancellationToken.None));
        Assert.NotNull(await _sut.FindBySourcePathAsync("/papers/doc.txt", CancellationToken.None));
    }

    public void Dispose() => _folder.Dispose();

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = await _connections.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static DocumentToSave Document(string hash, string text)
    {
        const string source = "doc.txt";
        Evidence E(string quote) => new(source, "Minutes", 2, quote);
        var facts = new DocumentFacts(
            [new Meeting(source, "Test Council", "Test Committee", Meeting, new TimeOnly(9, 30), new TimeOnly(12, 3), "Room", "Cllr Chair", E("quote meeting"))],
            [new Attendance(source, "Test Committee", Meeting, "Cllr Absent", AttendanceStatus.Apologies, null, E("apologies"))],
            [new AgendaItem(source, "Test Committee", Meeting, "4", "Budget", E("4 Budget"))],
            [new Resolution(source, "Test Committee", Meeting, "22", "2024/001", "Budget", "resolved " + text, E("RESOLVED"))],
            [new Recommendation(source, "Test Committee", Meeting, "Budget", "1", "That the council ...", "R", new DateOnly(2024, 10, 1),
                new DateOnly(2024, 12, 1), ResponseStatus.Partial, "Part answered", E("tracker row"))],
            [new WorkProgrammeItem(source, "Test Committee", null, "March 2025", "SEND update", "Director", E("March 2025 SEND update"))]);
        var metadata = new DocumentMetadata("Test Council", "Test Committee", Meeting, "Minutes");
        var part = new DocumentPart(0, PartKind.Minutes, "Minutes", 1, 2, Meeting, text);
        var chunk = new Chunk(source, 0, PartKind.Minutes, "Minutes", "Budget", 1, Meeting, "Test Committee", "Test Council", text);
        return new DocumentToSave(source, "/papers/doc.txt", hash, "text", [new PageText(1, text), new PageText(2, "page two")],
            new ExtractionResult(metadata, [part], facts), [chunk]);
    }
}
