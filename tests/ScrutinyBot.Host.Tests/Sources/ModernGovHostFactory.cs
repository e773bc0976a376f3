using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ScrutinyBot.Core.Sources;
using ScrutinyBot.Host.Cli;
using ScrutinyBot.Host.Sources;

namespace ScrutinyBot.Host.Tests.Sources;

/// <summary>The real host with one ModernGov site (the stand-in) and the store in <paramref name="dataDirectory"/>
/// (kept by the test, so a second host can pick up where the first stopped). The poller is left out: the tests sync
/// with the verb, as the command line would.</summary>
internal sealed class ModernGovHostFactory(string baseUrl, string dataDirectory, Dictionary<string, string?>? extra = null)
    : WebApplicationFactory<Program>
{
    public async Task<(int Code, string Output)> RunAsync(string verbName, params string[] args)
    {
        var verb = Services.GetServices<ICliVerb>().Single(v => v.Name == verbName);
        using var output = new StringWriter();
        var code = await verb.RunAsync(VerbArguments.Parse(Services.GetServices<CliVerbDescriptor>().Single(d => d.Name == verbName).CreateCommand(), args), output, CancellationToken.None);
        return (code, output.ToString());
    }

    public ISource Source => Services.GetRequiredService<SourceCatalog>().Sources.Single();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:DataDirectory"] = dataDirectory,
            ["Embeddings:MiniLM:Enabled"] = "false",
            ["Answering:WarmupQuestions"] = "0", // the warm-up is tested where it is needed (AnswerWarmupServiceTests)
            ["Sources:ModernGov:Sites:0:Name"] = "kent",
            ["Sources:ModernGov:Sites:0:BaseUrl"] = baseUrl,
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));
        builder.ConfigureTestServices(services =>
        {
            var poller = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(SourcePollingService));
            services.Remove(poller);
        });
    }
}
