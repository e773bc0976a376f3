using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Storage;
using ScrutinyBot.Core.Storage.Sqlite;
using ScrutinyBot.Host.Cli;
using ScrutinyBot.Host.Storage;
using ScrutinyBot.Storage.Postgres;
using ScrutinyBot.Storage.Postgres.Migration;

namespace ScrutinyBot.Host.Tests.Storage;

/// <summary>`migrate` pointed at a PostgreSQL server that does not answer says so and exits 1, as an operator's typo
/// in the connection string should, instead of ending in an unhandled exception.</summary>
public sealed class MigrateVerbTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "scrutinybot-migrate-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task RunAsync_PostgresNotReachable_ExplainsAndExitsOne()
    {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        const string unreachable = "Host=127.0.0.1;Port=1;Database=scrutinybot;Username=bot;Timeout=3";
        var services = new ServiceCollection()
            .AddSingleton(Options.Create(new PostgresStorageOptions { ConnectionString = unreachable }))
            .AddSingleton(Options.Create(new StorageOptions { DataDirectory = _folder }))
            .AddSingleton<SqliteConnectionFactory>()
            .AddSingleton<PostgresDatabase>()
            .AddSingleton<SqliteToPostgresCopy>()
            .BuildServiceProvider();
        await using var _ = services;
        using var output = new StringWriter();

        var code = await new MigrateVerb(services).RunAsync(VerbArguments.Parse(MigrateVerb.CreateCommand(), []), output, CancellationToken.None);

        Assert.Equal(1, code);
        Assert.StartsWith("could not copy into PostgreSQL:", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Nothing was copied", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
