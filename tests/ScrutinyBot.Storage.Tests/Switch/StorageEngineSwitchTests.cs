using Microsoft.Extensions.DependencyInjection;
using ScrutinyBot.Core.Digests;
using ScrutinyBot.Core.Digests.Sqlite;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Storage;
using ScrutinyBot.Storage.Postgres.Digests;
using ScrutinyBot.Storage.Postgres.Search;
using ScrutinyBot.Storage.Tests.Engines;
using ScrutinyBot.Teams.Conversations;

namespace ScrutinyBot.Storage.Tests.Switch;

/// <summary>Storage:Provider picks the engine for every seam, and a half-configured engine stops startup.</summary>
public sealed class StorageEngineSwitchTests
{
    [Fact]
    public void Startup_PostgresWithoutConnectionString_FailsNamingTheSetting()
    {
        var ex = StartupFailure(new() { ["Storage:Provider"] = "Postgres", ["Search:Provider"] = "Postgres" });

        Assert.Contains("Storage:Postgres:ConnectionString", ex?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Startup_SearchEngineNotTheStoreEngine_FailsSayingSo()
    {
        var ex = StartupFailure(new()
        {
            ["Storage:Provider"] = "Postgres",
            ["Search:Provider"] = "Sqlite",
            ["Storage:Postgres:ConnectionString"] = "Host=127.0.0.1;Port=1;Database=none",
        });

        Assert.Contains("Search:Provider must name the same engine as Storage:Provider", ex?.ToString(), StringComparison.Ordinal);
    }

    /// <summary>What starting the real host with these settings throws. WebApplicationFactory now and then reports a
    /// host that failed to start as an ObjectDisposedException (it reads the services of the deferred host after that
    /// host was disposed: dotnet/aspnetcore#33494, seen once in CI); the start is tried again with a new factory until
    /// the host's own failure shows.</summary>
    private static Exception? StartupFailure(Dictionary<string, string?> settings)
    {
        Exception? ex = null;
        for (var attempt = 0; attempt < 3 && (attempt == 0 || ex is ObjectDisposedException); attempt++)
        {
            using var sut = new SettingsHostFactory(settings);
            ex = Record.Exception(() => sut.Services);
        }

        return ex;
    }

    [Fact]
    public void Services_DefaultProvider_AreTheSqliteEngines()
    {
        using var sut = new SettingsHostFactory([]);

        Assert.IsType<SqliteDigestOutbox>(sut.Services.GetRequiredService<IDigestOutbox>());
        Assert.IsType<SqliteConversationReferenceStore>(sut.Services.GetRequiredService<IConversationReferenceStore>());
    }

    [Fact]
    public async Task Services_Postgres_AreThePostgresEnginesAndWork()
    {
        var database = await PostgresTestServer.CreateDatabaseAsync();
        try
        {
            using var sut = new SettingsHostFactory(new()
            {
                ["Storage:Provider"] = "Postgres",
                ["Search:Provider"] = "Postgres",
                ["Storage:Postgres:ConnectionString"] = database,
            });

            Assert.IsType<PostgresDigestOutbox>(sut.Services.GetRequiredService<IDigestOutbox>());
            Assert.IsType<PostgresSearchIndex>(sut.Services.GetRequiredService<ISearchIndex>());
            Assert.IsType<CachedFactStore>(sut.Services.GetRequiredService<IFactStore>());
            Assert.Empty(await sut.Services.GetRequiredService<IDocumentStore>().ListDocumentsAsync(CancellationToken.None));
        }
        finally
        {
            await PostgresTestServer.DropDatabaseAsync(database);
        }
    }
}
