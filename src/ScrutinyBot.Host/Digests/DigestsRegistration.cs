using ScrutinyBot.Core.Retrieval.Facts;

namespace ScrutinyBot.Host.Digests;

public static class DigestsRegistration
{
    public static IServiceCollection AddDigests(this IServiceCollection services)
    {
        services.AddFactQueries();
        return services;
    }
}
