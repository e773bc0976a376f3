using ScrutinyBot.Core.Digests;
using ScrutinyBot.Host.Cli;
using ScrutinyBot.Host.Operator;
using ScrutinyBot.Teams.Digests;

namespace ScrutinyBot.Host.Digests;

public static class DigestsRegistration
{
    /// <summary>Fact queries, subscriptions, the digest outbox and runner, the Teams poster, the scheduler (in serve)
    /// and the digest verb.</summary>
    public static IServiceCollection AddDigests(this IServiceCollection services)
    {
        services.AddOptions<DigestsOptions>()
            .BindConfiguration(DigestsOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.TryFindTimeZone(out _), "Digests:TimeZone is not a known time zone id (e.g. Europe/London).")
            .ValidateOnStart();
        services.AddOperatorAccess();
        services.AddDigestsCore();
        services.AddTeamsDigestPoster();
        services.AddHostedService<DigestSchedulerService>();
        services.AddCliVerb<DigestVerb>();
        return services;
    }
}
