using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ScrutinyBot.Core.Retrieval.Facts;

public static class FactQueriesServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IFactQueries"/> over the registered <see cref="Storage.IFactStore"/>.</summary>
    public static IServiceCollection AddFactQueries(this IServiceCollection services)
    {
        services.TryAddSingleton<IFactQueries, FactQueries>();
        return services;
    }
}
