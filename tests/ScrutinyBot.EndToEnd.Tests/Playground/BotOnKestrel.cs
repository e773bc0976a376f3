using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ScrutinyBot.EndToEnd.Tests.Playground;

/// <summary>The real host listening on a loopback port (Kestrel, not TestServer), so a real client can reach it.</summary>
internal sealed class BotOnKestrel : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory;
    private readonly TimeProvider? _clock;

    /// <param name="clock">A clock to run the host on instead of the system's (the digest test moves time forward).</param>
    public BotOnKestrel(string dataDirectory, int port, TimeProvider? clock = null)
    {
        _dataDirectory = dataDirectory;
        _clock = clock;
        Port = port;
        UseKestrel(port);
    }

    public int Port { get; }

    public string MessagesEndpoint => $"http://127.0.0.1:{Port}/api/messages";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = _dataDirectory,
            ["Embeddings:MiniLM:Enabled"] = "false", // the local model is tested where it is needed (EmbeddingsRegistrationTests)
            ["Answering:WarmupQuestions"] = "0", // the warm-up is tested where it is needed (AnswerWarmupServiceTests)
            ["Bot:AllowAnonymousLoopback"] = "true",
            ["Bot:AppId"] = string.Empty,
            ["Ingestion:WatchDirectory"] = string.Empty,
        }));
        if (_clock is not null)
        {
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(_clock);
            });
        }
    }
}
