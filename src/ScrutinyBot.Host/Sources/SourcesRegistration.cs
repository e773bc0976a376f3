using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Ingestion;
using ScrutinyBot.Core.Sources;
using ScrutinyBot.Core.Sources.ModernGov;
using ScrutinyBot.Core.Sources.Sqlite;
using ScrutinyBot.Core.Storage;
using ScrutinyBot.Host.Cli;

namespace ScrutinyBot.Host.Sources;

public static class SourcesRegistration
{
    /// <summary>The HttpClient every ModernGov site is fetched with; it never follows redirects itself.</summary>
    public const string ModernGovHttpClientName = "ModernGov";

    public static IServiceCollection AddSources(this IServiceCollection services)
    {
        services.AddOptions<ModernGovOptions>()
            .BindConfiguration(ModernGovOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.Problem() is null, "Sources:ModernGov: a site is misconfigured (Name, BaseUrl, LookBackMonths, MaxFileBytes, PollInterval), or MaxRetries or LeaseDuration is out of range.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(ModernGovHttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        services.AddSingleton<ISourceStateStore, SqliteSourceStateStore>();
        services.AddSingleton<ISourceLeaseStore, SqliteSourceLeaseStore>();
        services.AddSourceLinks();
        services.AddSingleton(sp => new SourceLeases(
            sp.GetRequiredService<ISourceLeaseStore>(), SourceLeases.NewHolderName(),
            sp.GetRequiredService<IOptions<ModernGovOptions>>().Value.LeaseDuration, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new SourceCatalog(CreateModernGovSources(sp)));
        services.AddCliVerb<SourcesVerb>();
        services.AddHostedService<SourcePollingService>();
        return services;
    }

    /// <summary>The look-up of synced papers' addresses that answers' citations carry (also for hosts without polling,
    /// such as <c>bench</c>).</summary>
    public static IServiceCollection AddSourceLinks(this IServiceCollection services)
    {
        services.TryAddSingleton<ISourceLinkStore, SqliteSourceLinkStore>();
        return services;
    }

    private static IEnumerable<ISource> CreateModernGovSources(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<ModernGovOptions>>().Value;
        var dataDirectory = Path.GetFullPath(services.GetRequiredService<IOptions<StorageOptions>>().Value.DataDirectory);
        var clients = services.GetRequiredService<IHttpClientFactory>();
        var timeProvider = services.GetRequiredService<TimeProvider>();
        foreach (var site in options.Sites)
        {
            var baseUrl = site.BaseUrl.EndsWith('/') ? site.BaseUrl : site.BaseUrl + "/";
            var http = new ModernGovHttp(clients.CreateClient(ModernGovHttpClientName), new Uri(baseUrl), options, timeProvider);
            var folder = Path.Combine(dataDirectory, "sources", "moderngov", string.Concat(site.Name.Select(c => char.IsLetterOrDigit(c) ? c : '_')));
            yield return new ModernGovSource(
                site, http, services.GetRequiredService<IIngestionPipeline>(), services.GetRequiredService<ISourceStateStore>(),
                services.GetRequiredService<ISourceMeetingStore>(), services.GetRequiredService<SourceLeases>(), folder, timeProvider, services.GetRequiredService<ILogger<ModernGovSource>>());
        }
    }
}
