using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using ScrutinyBot.Core.Digests;
using ScrutinyBot.Core.Storage.Sqlite;
using ScrutinyBot.Storage.Tests.Engines;

namespace ScrutinyBot.Storage.Tests.Sqlite;

/// <summary>A store file made before schema versioning (user_version 0, and digest tables without the columns added
/// later) is upgraded in place on first open, keeping what it held.</summary>
public sealed class SqliteStoreUpgradeTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "scrutinybot-tests", Guid.NewGuid().ToString("N"));

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Open_StoreFromBeforeVersioning_UpgradesInPlaceKeepingSubscriptions()
    {
        Directory.CreateDirectory(_folder);
        await using (var old = new SqliteConnection($"Data Source={Path.Combine(_folder, SqliteConnectionFactory.FileName)}"))
        {
            await old.OpenAsync();
            await using var command = old.CreateCommand();
            command.CommandText = """
                CREATE TABLE subscriptions (id TEXT PRIMARY KEY, conversation_id TEXT NOT NULL, reference_json TEXT NOT NULL,
                    cadence TEXT NOT NULL, at_time TEXT NOT NULL, weekday TEXT, committees TEXT, last_digest_at TEXT,
                    paused_reason TEXT, created_at TEXT NOT NULL);
                CREATE TABLE digest_outbox (subscription_id TEXT NOT NULL, period TEXT NOT NULL, payload_json TEXT NOT NULL,
                    created_at TEXT NOT NULL, sent_at TEXT, activity_id TEXT, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT,
                    PRIMARY KEY (subscription_id, period));
                INSERT INTO subscriptions VALUES ('s1', 'c1', '{}', 'weekly', '08:00', 'monday', '[]', NULL, NULL, '2024-12-01T08:00:00.0000000Z');
                """;
            await command.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        await using var store = SqliteStoreUnderTest.Create(_folder, new FakeTimeProvider(), ownsFolder: false);

        var subscription = await store.Subscriptions.GetAsync("s1", CancellationToken.None);

        Assert.Equal(DigestCadence.Weekly, subscription!.Schedule.Cadence);
        Assert.Null(subscription.LastPeriod);
        Assert.Empty(await store.Documents.ListDocumentsAsync(CancellationToken.None));
        await using var connection = await store.Connections.OpenAsync(CancellationToken.None);
        Assert.Equal(SqliteSchemaMigrator.NewestVersion, await SqliteSchemaMigrator.ReadVersionAsync(connection, null, CancellationToken.None));
    }

    [Fact]
    public async Task Open_VersionTwoStore_UpgradesInPlaceToTheNewest()
    {
        var now = new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);
        await using (var current = SqliteStoreUnderTest.Create(_folder, new FakeTimeProvider(now), ownsFolder: false))
        {
            await current.Documents.SaveAsync(Contracts.TestDocuments.WithEveryFact("h-old", "text", "/papers/old.txt"), CancellationToken.None);
            await using var connection = await current.Connections.OpenAsync(CancellationToken.None);
            await using var downgrade = connection.CreateCommand();
            downgrade.CommandText = """
                DROP TABLE source_meeting_details;
                DROP TABLE source_agenda_items;
                ALTER TABLE source_leases DROP COLUMN claimed_at;
                ALTER TABLE meetings DROP COLUMN end_page;
                ALTER TABLE meetings DROP COLUMN end_quote;
                INSERT INTO source_leases (site, holder, expires) VALUES ('kent', 'old-host', '2026-01-10T08:00:00.0000000Z');
                PRAGMA user_version = 2;
                """;
            await downgrade.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        await using var store = SqliteStoreUnderTest.Create(_folder, new FakeTimeProvider(now), ownsFolder: false);

        var documents = await store.Documents.ListDocumentsAsync(CancellationToken.None);
        var oldLease = await store.Leases.FindAsync("kent", CancellationToken.None);
        var saved = await store.SiteMeetings.SaveAsync(
            new ScrutinyBot.Core.Sources.SiteMeeting("kent", "5001", "Scrutiny Committee", new DateOnly(2024, 11, 13), null, "Chamber", []), now, CancellationToken.None);

        Assert.Equal("old.txt", Assert.Single(documents).Source);
        Assert.Equal(("old-host", (DateTimeOffset?)null), (oldLease?.Holder, oldLease?.Claimed));
        Assert.True(saved);
        await using var check = await store.Connections.OpenAsync(CancellationToken.None);
        Assert.Equal(SqliteSchemaMigrator.NewestVersion, await SqliteSchemaMigrator.ReadVersionAsync(check, null, CancellationToken.None));
    }

    [Fact]
    public async Task Open_VersionThreeStore_UpgradesInPlaceAndReadsItsMeetings()
    {
        await using (var current = SqliteStoreUnderTest.Create(_folder, TimeProvider.System, ownsFolder: false))
        {
            await current.Documents.SaveAsync(Contracts.TestDocuments.WithEveryFact("h-old", "text", "/papers/old.txt"), CancellationToken.None);
            await using var connection = await current.Connections.OpenAsync(CancellationToken.None);
            await using var downgrade = connection.CreateCommand();
            downgrade.CommandText = """
                ALTER TABLE meetings DROP COLUMN end_page;
                ALTER TABLE meetings DROP COLUMN end_quote;
                PRAGMA user_version = 3;
                """;
            await downgrade.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        await using var store = SqliteStoreUnderTest.Create(_folder, TimeProvider.System, ownsFolder: false);

        var meeting = Assert.Single((await store.Facts.LoadFactsAsync(CancellationToken.None)).Facts.Meetings);

        Assert.Null(meeting.EndEvidence);
        await using var check = await store.Connections.OpenAsync(CancellationToken.None);
        Assert.Equal(4, await SqliteSchemaMigrator.ReadVersionAsync(check, null, CancellationToken.None));
    }
}
