using Microsoft.Extensions.Time.Testing;
using Npgsql;
using ScrutinyBot.Core.Sources;
using ScrutinyBot.Storage.Postgres;
using ScrutinyBot.Storage.Tests.Contracts;
using ScrutinyBot.Storage.Tests.Engines;

namespace ScrutinyBot.Storage.Tests.Postgres;

/// <summary>A PostgreSQL store made by a version 1 build (only 0001_initial.sql) is upgraded in place on first use:
/// its documents and facts kept, the version 2 columns and lease table and the version 3 site meetings added.</summary>
public sealed class PostgresStoreUpgradeTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Open_VersionOneStore_UpgradesInPlaceKeepingItsDocuments()
    {
        var connectionString = await PostgresTestServer.CreateDatabaseAsync();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand(ReadScript("0001_initial.sql") + """
                ;
                CREATE TABLE schema_version (id integer PRIMARY KEY CHECK (id = 1), version integer NOT NULL);
                INSERT INTO schema_version VALUES (1, 1);
                INSERT INTO documents (source, source_path, content_hash, format, page_count, ingested_at)
                    VALUES ('old.txt', '/papers/old.txt', 'h-old', 'text', 1, now());
                INSERT INTO meetings (document_id, committee, date, part, page, quote)
                    SELECT id, 'Old Committee', DATE '2024-11-13', 'Minutes', 1, 'quote' FROM documents;
                """, connection);
            await create.ExecuteNonQueryAsync();
        }

        await using var store = PostgresStoreUnderTest.Create(connectionString, new FakeTimeProvider(Now), ownsDatabase: true);

        var documents = await store.Documents.ListDocumentsAsync(CancellationToken.None);
        var facts = await store.Facts.LoadFactsAsync(CancellationToken.None);
        var lease = await store.Leases.TryClaimAsync("kent", "host-a", Now, Now.AddMinutes(10), CancellationToken.None);
        await store.Documents.SaveAsync(TestDocuments.WithEveryFact("h-new", "text", "/papers/new.txt"), CancellationToken.None);
        await store.Sources.SaveDocumentAsync(new SourceDocumentState("kent", "5001", "https://example.org/new.txt", null, null, 4, "h", "/papers/new.txt"), CancellationToken.None);
        await store.SiteMeetings.SaveAsync(new SiteMeeting("kent", "5001", "Scrutiny Committee", new DateOnly(2024, 11, 13), null, "Chamber", []), Now, CancellationToken.None);

        Assert.Equal("old.txt", Assert.Single(documents).Source);
        Assert.Equal("Old Committee", Assert.Single(facts.Facts.Meetings).Committee);
        Assert.Equal(Now, lease.Claimed);
        Assert.Single(await store.SiteMeetings.ListAsync(CancellationToken.None));
        await using var check = new NpgsqlConnection(connectionString);
        await check.OpenAsync();
        Assert.Equal(PostgresSchemaMigrator.NewestVersion, await PostgresSchemaMigrator.ReadVersionAsync(check, CancellationToken.None));
        Assert.Equal(5, PostgresSchemaMigrator.NewestVersion);
    }

    private static string ReadScript(string name)
    {
        var assembly = typeof(PostgresSchemaMigrator).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(name, StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        return reader.ReadToEnd();
    }
}
