using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using ScrutinyBot.Core.Digests;

namespace ScrutinyBot.Storage.Tests.MultiInstance;

/// <summary>One bot instance: the real host on the shared PostgreSQL database, its own fake clock, Teams replaced by
/// the shared post log, and (optionally) an outbox that dies before a claim or a poster that dies mid-post.</summary>
internal sealed class PostgresInstanceFactory(
    string name, string connectionString, DateTimeOffset now, PostLog log, int? dieAtClaim = null, int? hangAtPost = null,
    Action<IServiceCollection>? configureServices = null)
    : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "scrutinybot-instance-tests", Guid.NewGuid().ToString("N"));

    public FakeTimeProvider Time { get; } = new(now);

    public DyingOutbox? Outbox { get; private set; }

    /// <summary>The instance's subscription store, which says when its scheduler first listed the subscriptions.</summary>
    public ListedSubscriptions? Subscriptions { get; private set; }

    public HangingDigestPoster? Poster { get; } = hangAtPost is { } post ? new HangingDigestPoster(name, log, post) : null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Search:Provider"] = "Postgres",
            ["Storage:Postgres:ConnectionString"] = connectionString,
            ["Storage:DataDirectory"] = Path.Combine(_folder, "data"),
            ["Embeddings:MiniLM:Enabled"] = "false",
            ["Answering:WarmupQuestions"] = "0", // the warm-up is tested where it is needed (AnswerWarmupServiceTests)
            ["Digests:PollIntervalSeconds"] = "60",
            ["Digests:PostWhenEmpty"] = "true",
            ["Digests:TimeZone"] = "Europe/London",
            ["Digests:OutboxLease"] = "00:05:00",
            ["Bot:AppId"] = string.Empty,
            ["Bot:AllowAnonymousLoopback"] = "true",
        }));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.AddSingleton<IDigestPoster>(Poster is null ? new LoggingDigestPoster(name, log) : Poster);
            services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
            configureServices?.Invoke(services);
            var store = services.Last(d => d.ServiceType == typeof(ISubscriptionStore));
            services.AddSingleton<ISubscriptionStore>(sp => Subscriptions = new ListedSubscriptions((ISubscriptionStore)store.ImplementationFactory!(sp)));
            if (dieAtClaim is { } claim)
            {
                var real = services.Last(d => d.ServiceType == typeof(IDigestOutbox));
                services.AddSingleton<IDigestOutbox>(sp => Outbox = new DyingOutbox((IDigestOutbox)real.ImplementationFactory!(sp), claim));
            }
        });
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
