using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ScrutinyBot.Host.Cli;

namespace ScrutinyBot.EndToEnd.Tests.Playground;

/// <summary>The bot (real host, Kestrel on loopback, the sample papers ingested), the Agents Playground pointed at it,
/// and headless Debian Chromium driven by Playwright. Shared by the tests of one class.</summary>
public class PlaygroundFixture : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "scrutinybot-e2e-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;

    internal BotOnKestrel Bot { get; private set; } = null!;

    internal PlaygroundProcess Playground { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public IServiceProvider Services => Bot.Services;

    /// <summary>The host's clock; null for the system clock.</summary>
    protected virtual TimeProvider? Clock => null;

    public HttpClient CreateBotClient() => new() { BaseAddress = new Uri($"http://127.0.0.1:{Bot.Port}/") };

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        Bot = new BotOnKestrel(Path.Combine(_root, "data"), FreePort.Next(), Clock);
        Bot.StartServer();
        await RunVerbAsync("ingest", RepositoryPaths.Samples);
        Playground = await PlaygroundProcess.StartAsync(Bot.MessagesEndpoint, _root);
        _playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public async Task<int> RunVerbAsync(string name, params string[] arguments)
    {
        var verb = Bot.Services.GetServices<ICliVerb>().Single(v => v.Name == name);
        return await verb.RunAsync(VerbArguments.Parse(Bot.Services.GetServices<CliVerbDescriptor>().Single(d => d.Name == name).CreateCommand(), arguments), TextWriter.Null, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Playground is not null)
        {
            await Playground.DisposeAsync();
        }

        await Bot.DisposeAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open by a child process; the temp folder is cleaned by the OS
        }
    }
}
