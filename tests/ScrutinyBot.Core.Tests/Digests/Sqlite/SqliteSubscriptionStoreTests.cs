using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Digests;
using ScrutinyBot.Core.Digests.Sqlite;
using ScrutinyBot.Core.Storage;
using ScrutinyBot.Core.Storage.Sqlite;

namespace ScrutinyBot.Core.Tests.Digests.Sqlite;

public sealed class SqliteSubscriptionStoreTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "digest-store-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData(DigestCadence.Daily, null, null)]
    [InlineData(DigestCadence.Weekly, DayOfWeek.Friday, null)]
    [InlineData(DigestCadence.Monthly, null, 31)]
    public async Task SaveAsync_ThenFind_RoundTripsEveryField(DigestCadence cadence, DayOfWeek? weekday, int? day)
    {
        var sut = new SqliteSubscriptionStore(Tables());
        var created = new DateTimeOffset(2025, 1, 14, 12, 0, 0, TimeSpan.Zero);
        var subscription = new Subscription(
            "abc12345", "conv-1", "{\"x\":1}", new DigestSchedule(cadence, new TimeOnly(17, 30), weekday, day), ["CYP", "C&F"],
            created.AddHours(1), created.AddHours(2), "Paused because.", created);

        await sut.SaveAsync(subscription, CancellationToken.None);
        var found = await sut.FindByConversationAsync("conv-1", CancellationToken.None);

        Assert.Equal(subscription with { Committees = [] }, found! with { Committees = [] });
        Assert.Equal(["CYP", "C&F"], found.Committees);
    }

    [Fact]
    public async Task OpenAsync_FileFromBeforeTheNewColumns_AddsThem()
    {
        Directory.CreateDirectory(_directory);
        await using (var old = new SqliteConnection($"Data Source={Path.Combine(_directory, SqliteConnectionFactory.FileName)}"))
        {
            await old.OpenAsync();
            using var create = old.CreateCommand();
            create.CommandText = """
                CREATE TABLE subscriptions (id TEXT PRIMARY KEY, conversation_id TEXT NOT NULL, reference_json TEXT NOT NULL,
                  cadence TEXT NOT NULL, at_time TEXT NOT NULL, weekday TEXT, committees TEXT, last_digest_at TEXT,
                  paused_reason TEXT, created_at TEXT NOT NULL);
                CREATE TABLE digest_outbox (subscription_id TEXT NOT NULL, period TEXT NOT NULL, payload_json TEXT NOT NULL,
                  created_at TEXT NOT NULL, sent_at TEXT, activity_id TEXT, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT,
                  PRIMARY KEY (subscription_id, period));
                """;
            await create.ExecuteNonQueryAsync();
        }

        var tables = Tables();
        var sut = new SqliteSubscriptionStore(tables);
        await sut.SaveAsync(new Subscription("id1", "conv-1", "{}", DigestSchedule.Default, [], null, DateTimeOffset.UnixEpoch, null, DateTimeOffset.UnixEpoch), CancellationToken.None);

        Assert.Equal(DateTimeOffset.UnixEpoch, (await sut.GetAsync("id1", CancellationToken.None))!.LastPeriod);
        Assert.Empty(await new SqliteDigestOutbox(tables).UnsentAsync(CancellationToken.None));
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

    private SqliteDigestTables Tables() =>
        new(new SqliteConnectionFactory(Options.Create(new StorageOptions { DataDirectory = _directory })));
}
