using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace ScrutinyBot.Storage.Tests.Switch;

/// <summary>The real host with the given settings over a temp-folder SQLite default.</summary>
internal sealed class SettingsHostFactory(Dictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "scrutinybot-switch-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var all = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = Path.Combine(_folder, "data"),
            ["Embeddings:MiniLM:Enabled"] = "false",
            ["Answering:WarmupQuestions"] = "0", // the warm-up is tested where it is needed (AnswerWarmupServiceTests)
            ["Bot:AppId"] = string.Empty,
            ["Bot:AllowAnonymousLoopback"] = "true",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(all));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
