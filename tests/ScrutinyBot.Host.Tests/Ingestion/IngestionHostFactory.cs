using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using ScrutinyBot.Host.Cli;

namespace ScrutinyBot.Host.Tests.Ingestion;

/// <summary>The real host on a temp-folder store, with extra settings (a null value drops one of the test defaults);
/// runs verbs as the command line would.</summary>
internal sealed class IngestionHostFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public IngestionHostFactory(Dictionary<string, string?>? settings = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "scrutinybot-host-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:DataDirectory"] = Path.Combine(Folder, "data"),
            ["Embeddings:MiniLM:Enabled"] = "false", // the local model is tested where it is needed (EmbeddingsRegistrationTests)
            ["Answering:WarmupQuestions"] = "0", // the warm-up is tested where it is needed (AnswerWarmupServiceTests)
        };
        foreach (var (key, value) in settings ?? [])
        {
            if (value is null)
            {
                _settings.Remove(key);
            }
            else
            {
                _settings[key] = value;
            }
        }
    }

    public string Folder { get; }

    public async Task<(int Code, string Output)> RunAsync(string verbName, params string[] args)
    {
        var verb = Services.GetServices<ICliVerb>().Single(v => v.Name == verbName);
        using var output = new StringWriter();
        var code = await verb.RunAsync(VerbArguments.Parse(Services.GetServices<CliVerbDescriptor>().Single(d => d.Name == verbName).CreateCommand(), args), output, CancellationToken.None);
        return (code, output.ToString());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(_settings));
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
