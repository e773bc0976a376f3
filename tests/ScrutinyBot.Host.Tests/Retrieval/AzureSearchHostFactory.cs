using Azure.Core.Pipeline;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ScrutinyBot.Host.Cli;
using ScrutinyBot.StandIns.AzureSearch;

namespace ScrutinyBot.Host.Tests.Retrieval;

/// <summary>The real host with Search:Provider = AzureAISearch pointed at a loopback stand-in of the service (its
/// requests sent through <see cref="LoopbackHttpsHandler"/>), over a temp-folder SQLite store; runs verbs as the
/// command line would.</summary>
internal sealed class AzureSearchHostFactory(AzureSearchStandIn standIn, Dictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    public const string IndexName = "host-chunks";

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "scrutinybot-host-tests", Guid.NewGuid().ToString("N"));

    public async Task<(int Code, string Output)> RunAsync(string verbName, params string[] args)
    {
        var verb = Services.GetServices<ICliVerb>().Single(v => v.Name == verbName);
        using var output = new StringWriter();
        var command = Services.GetServices<CliVerbDescriptor>().Single(d => d.Name == verbName).CreateCommand();
        var code = await verb.RunAsync(VerbArguments.Parse(command, args), output, CancellationToken.None);
        return (code, output.ToString());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var all = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = Path.Combine(Folder, "data"),
            ["Search:Provider"] = "AzureAISearch",
            ["Search:AzureAISearch:Endpoint"] = standIn.Endpoint,
            ["Search:AzureAISearch:ApiKey"] = standIn.ApiKey,
            ["Search:AzureAISearch:IndexName"] = IndexName,
            ["Search:AzureAISearch:RetryDelayMilliseconds"] = "10",
            ["Embeddings:MiniLM:Enabled"] = "false",
            ["Answering:WarmupQuestions"] = "0", // the warm-up is tested where it is needed (AnswerWarmupServiceTests)
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(all));
        builder.ConfigureTestServices(services => services.AddSingleton<HttpPipelineTransport>(new HttpClientTransport(new LoopbackHttpsHandler())));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        HostStoreFolder.Delete(Folder);
    }
}
