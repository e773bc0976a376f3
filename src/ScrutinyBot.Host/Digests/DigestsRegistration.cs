using ScrutinyBot.Core.Digests;

namespace ScrutinyBot.Host.Digests;

public static class DigestsRegistration
{
    /// <summary>Fact queries, subscriptions, the digest outbox and runner, the scheduler and the digest verb.</summary>
    public static IServiceCollection AddDigests(this IServiceCollection services)
    {
        services.AddOptions<DigestsOptions>()
            .BindConfiguration(DigestsOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.TryFindTimeZone(out _), "Digests:TimeZone is not a known time zone id (e.g. Europe/London).")
            .ValidateOnStart();
        services.AddDigestsCore();
        return services;
    }
}
