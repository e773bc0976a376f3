using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ScrutinyBot.Core.Digests;
using ScrutinyBot.Core.Storage;
using ScrutinyBot.Host.Cli;

namespace ScrutinyBot.Host.Tests.Digests;

/// <summary>The real host on a temp-folder store with a fake clock, fake facts (or, given none, the real store's)
/// and a recording digest poster.</summary>
internal sealed class DigestHostFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "scrutinybot-digest-tests", Guid.NewGuid().ToString("N"));

    /// <param name="pollSeconds">The scheduler's tick; a long one keeps it out of the way of explicit runs.</param>
    /// <param name="settings">Configuration over the defaults (anonymous loopback mode, no app id).</param>
    public DigestHostFactory(DateTimeOffset now, FactSet? facts, int pollSeconds = 60, Dictionary<string, string?>? settings = null)
    {
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:DataDirectory"] = Path.Combine(_folder, "data"),
            ["Embeddings:MiniLM:Enabled"] = "false", // the local model is tested where it is needed (EmbeddingsRegistrationTests)
            ["Answering:WarmupQuestions"] = "0", // the warm-up is tested where it is needed (AnswerWarmupServiceTests)
            ["Digests:PollIntervalSeconds"] = pollSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Bot:AppId"] = string.Empty,
            ["Bot:AllowAnonymousLoopback"] = "true",
            // The fixtures' meetings are months before their as-of dates; the first digest's window has its own tests.
            ["Digests:FirstDigestLookBackDays"] = "3650",
        };
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }

        Time = new FakeTimeProvider(now);
        Facts = facts is null ? null : new FakeFactStore(facts);
        Poster = new RecordingDigestPoster();
    }

    public FakeTimeProvider Time { get; }

    public FakeFactStore? Facts { get; }

    public RecordingDigestPoster Poster { get; }

    /// <summary>Wraps the real outbox (e.g. to make a run fail).</summary>
    public Func<IDigestOutbox, IDigestOutbox>? WrapOutbox { get; init; }

    /// <summary>The remote address requests appear to come from.</summary>
    public IPAddress RemoteAddress { get; set; } = IPAddress.Loopback;

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
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            if (Facts is not null)
            {
                services.AddSingleton<IFactStore>(Facts);
            }

            services.AddSingleton<IDigestPoster>(Poster);
            if (WrapOutbox is { } wrap)
            {
                var inner = services.Last(d => d.ServiceType == typeof(IDigestOutbox));
                services.AddSingleton<IDigestOutbox>(sp => wrap((IDigestOutbox)(inner.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, inner.ImplementationType!))));
            }

            services.AddSingleton<IStartupFilter>(new RemoteAddressFilter(() => RemoteAddress));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        HostStoreFolder.Delete(_folder);
    }

    private sealed class RemoteAddressFilter(Func<IPAddress> address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address();
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
