using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ScrutinyBot.Teams.Connector;
using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Host.Tests.Teams;

/// <summary>The real host on a temp-folder store, anonymous loopback mode by default, with the Connector replaced by
/// a recorder. <see cref="RemoteAddress"/> is what the endpoint sees as the caller (TestServer sets none).</summary>
internal sealed class BotHostFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly IBot? _bot;

    public BotHostFactory(Dictionary<string, string?>? settings = null, IBot? bot = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "scrutinybot-host-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        _bot = bot;
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:DataDirectory"] = Path.Combine(Folder, "data"),
            ["Embeddings:MiniLM:Enabled"] = "false", // the local model is tested where it is needed (EmbeddingsRegistrationTests)
            ["Answering:WarmupQuestions"] = "0", // the warm-up is tested where it is needed (AnswerWarmupServiceTests)
            ["Bot:AppId"] = string.Empty,
            ["Bot:AllowAnonymousLoopback"] = "true",
        };
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }
    }

    public string Folder { get; }

    public IPAddress? RemoteAddress { get; set; } = IPAddress.Loopback;

    public RecordingConnector Connector { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(_settings));
        builder.ConfigureTestServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<IConnectorClient>(Connector));
            if (_bot is not null)
            {
                services.Replace(ServiceDescriptor.Singleton(_bot));
            }

            services.AddSingleton<IStartupFilter>(new RemoteAddressStartupFilter(() => RemoteAddress));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        HostStoreFolder.Delete(Folder);
    }
}
