using Microsoft.Extensions.DependencyInjection;
using ScrutinyBot.Core.Digests;

namespace ScrutinyBot.Teams.Digests;

public static class TeamsDigestsServiceCollectionExtensions
{
    /// <summary>Digests are posted to Teams as Adaptive Cards through the proactive messenger.</summary>
    public static IServiceCollection AddTeamsDigestPoster(this IServiceCollection services)
    {
        services.AddSingleton<IDigestPoster, TeamsDigestPoster>();
        return services;
    }
}
