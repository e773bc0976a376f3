using Microsoft.Extensions.DependencyInjection;
using ScrutinyBot.Core.Ingestion;
using ScrutinyBot.Core.Ingestion.Readers;
using ScrutinyBot.Core.Storage;
using ScrutinyBot.Storage.Tests.Engines;

namespace ScrutinyBot.Storage.Tests.MultiInstance;

/// <summary>Two bot instances on one PostgreSQL database watching one shared folder: only one ingests a given file at
/// a time; the other skips it, and the store holds the paper once.</summary>
public sealed class TwoInstanceIngestionTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "scrutinybot-ingest-race", Guid.NewGuid().ToString("N"));
    private string _database = string.Empty;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _database = await PostgresTestServer.CreateDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        await PostgresTestServer.DropDatabaseAsync(_database);
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task IngestFileAsync_TwoInstancesOnTheSameFile_OneIngestsTheOtherSkipsAndTheStoreHoldsItOnce()
    {
        var path = Path.Combine(_folder, "minutes.gated");
        await File.WriteAllTextAsync(path, "Minutes of the Children and Young People Scrutiny Committee, 3 March 2025. Present: Councillor Smith (Chair).");
        var slowReader = new GatedTextReader();
        var otherReader = new GatedTextReader();
        otherReader.Open.Set();
        var log = new PostLog();
        using var first = new PostgresInstanceFactory("A", _database, Now, log, configureServices: s => s.AddSingleton<IDocumentReader>(slowReader));
        using var second = new PostgresInstanceFactory("B", _database, Now, log, configureServices: s => s.AddSingleton<IDocumentReader>(otherReader));

        var firstRun = Task.Run(() => first.Services.GetRequiredService<DocumentIngestor>().IngestFileAsync(path, CancellationToken.None));
        await slowReader.Reading.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var secondOutcome = await second.Services.GetRequiredService<DocumentIngestor>().IngestFileAsync(path, CancellationToken.None);
        slowReader.Open.Set();
        var firstOutcome = await firstRun.WaitAsync(TimeSpan.FromSeconds(60));
        var again = await second.Services.GetRequiredService<DocumentIngestor>().IngestFileAsync(path, CancellationToken.None);

        Assert.Equal(IngestionStatus.Added, firstOutcome.Status);
        Assert.Equal(IngestionStatus.Skipped, secondOutcome.Status);
        Assert.Contains("another instance", secondOutcome.Message, StringComparison.Ordinal);
        Assert.False(otherReader.Reading.Task.IsCompleted);
        Assert.Equal((IngestionStatus.Skipped, firstOutcome.DocumentId), (again.Status, again.DocumentId));
        var documents = await second.Services.GetRequiredService<IDocumentStore>().ListDocumentsAsync(CancellationToken.None);
        Assert.Single(documents, d => d.SourcePath == path);
    }
}
