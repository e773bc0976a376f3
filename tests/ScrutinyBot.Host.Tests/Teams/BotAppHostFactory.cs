using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace ScrutinyBot.Host.Tests.Teams;

/// <summary>The real host with the anonymous loopback mode on, a temp-folder store and a fixed clock
/// (1 February 2025). Requests from the test server count as loopback, as the Playground's do.</summary>
internal sealed class BotAppHostFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Now = new(2025, 2, 1, 10, 0, 0, TimeSpan.Zero);

    public BotAppHostFactory()
    {
        Folder = Path.Combine(Path.GetTempPath(), "scrutinybot-bot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public FakeTimeProvider Time { get; } = new(Now);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = Path.Combine(Folder, "data"),
            ["Embeddings:MiniLM:Enabled"] = "false", // the local model is tested where it is needed (EmbeddingsRegistrationTests)
            ["Answering:WarmupQuestions"] = "0", // the warm-up is tested where it is needed (AnswerWarmupServiceTests)
            ["Bot:AppId"] = string.Empty,
            ["Bot:AllowAnonymousLoopback"] = "true",
        }));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
            services.AddSingleton<IStartupFilter, LoopbackRemoteAddressFilter>();
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner; no test depends on it.
        }
    }
}
