using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Host.Tests.Digests;

/// <summary>The real host with its real digest poster and Connector client (real clock), posting to whatever
/// serviceUrl the subscriptions carry, over fake facts; anonymous loopback mode, a short Connector timeout.</summary>
internal sealed class RealPosterHostFactory(FactSet facts, int timeoutSeconds) : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "scrutinybot-digest-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = Path.Combine(_folder, "data"),
            ["Digests:PollIntervalSeconds"] = "86400",
            ["Answering:WarmupQuestions"] = "0",
            ["Bot:AppId"] = string.Empty,
            ["Bot:AllowAnonymousLoopback"] = "true",
            ["Bot:Connector:RequestTimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Bot:Connector:BaseDelayMilliseconds"] = "10",
            ["Bot:Connector:MaxDelayMilliseconds"] = "50",
        }));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IFactStore>(new FakeFactStore(facts));
            services.AddSingleton<IStartupFilter>(new Teams.LoopbackRemoteAddressFilter());
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        HostStoreFolder.Delete(_folder);
    }
}
