using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ScrutinyBot.Core.Digests;
using ScrutinyBot.Core.Digests.Sqlite;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Retrieval.Facts;
using ScrutinyBot.Core.Storage;
using ScrutinyBot.Core.Storage.Sqlite;
using ScrutinyBot.Core.Tests.Retrieval.Facts;

namespace ScrutinyBot.Core.Tests.Digests;

/// <summary>A digest "host" over a temp-dir SQLite store and a fake clock. <see cref="Restart"/> builds new
/// instances over the same file, as a process restart would.</summary>
internal sealed class DigestHarness : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "digests-" + Guid.NewGuid().ToString("N"));

    public DigestHarness(DateTimeOffset start, DigestsOptions? options = null)
    {
        Time = new FakeTimeProvider(start);
        Options = options ?? new DigestsOptions();
        Facts = new FakeFactStore(FactBuilder.Set(recommendations:
            [FactBuilder.Recommendation("Overdue for ever", new DateOnly(2024, 1, 3), ResponseStatus.None)]));
        Poster = new FakeDigestPoster(Time);
        Restart();
    }

    public FakeTimeProvider Time { get; }

    public DigestsOptions Options { get; }

    public FakeFactStore Facts { get; }

    public FakeDigestPoster Poster { get; }

    public SqliteSubscriptionStore Subscriptions { get; private set; } = null!;

    public SqliteDigestOutbox Outbox { get; private set; } = null!;

    public DigestRunner Runner { get; private set; } = null!;

    public SubscriptionCommands Commands { get; private set; } = null!;

    public void Restart(Func<IDigestOutbox, IDigestOutbox>? wrapOutbox = null)
    {
        var tables = new SqliteDigestTables(new SqliteConnectionFactory(Microsoft.Extensions.Options.Options.Create(new StorageOptions { DataDirectory = _directory })));
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        Subscriptions = new SqliteSubscriptionStore(tables);
        Outbox = new SqliteDigestOutbox(tables);
        var composer = new DigestComposer(new FactQueries(Facts), options);
        Runner = new DigestRunner(
            Subscriptions, wrapOutbox?.Invoke(Outbox) ?? Outbox, composer, Poster, options, Time, NullLogger<DigestRunner>.Instance);
        Commands = new SubscriptionCommands(Subscriptions, Runner, options, Time);
    }

    /// <summary>A runner over the same store and clock with another poster.</summary>
    public DigestRunner RunnerWith(IDigestPoster poster)
    {
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        return new DigestRunner(
            Subscriptions, Outbox, new DigestComposer(new FactQueries(Facts), options), poster, options, Time, NullLogger<DigestRunner>.Instance);
    }

    public Task<SubscriptionReply> SubscribeAsync(string arguments, string conversation = "conv-1") =>
        Commands.SubscribeAsync(new DigestTarget(conversation, "{\"conversation\":{\"id\":\"" + conversation + "\"}}"), arguments, CancellationToken.None);

    public Task<DigestRunSummary> RunAsync() => Runner.RunDueAsync(CancellationToken.None);

    /// <summary>Moves the clock in steps, running the scheduler after each, as the hosted service would.</summary>
    public async Task RunEveryAsync(TimeSpan step, DateTimeOffset until)
    {
        while (Time.GetUtcNow() + step <= until)
        {
            Time.Advance(step);
            await RunAsync();
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind does not fail a test.
        }
    }
}
