using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ScrutinyBot.Core.Digests.Sqlite;
using ScrutinyBot.Core.Retrieval.Facts;

namespace ScrutinyBot.Core.Digests;

public static class DigestsServiceCollectionExtensions
{
    /// <summary>Subscriptions, composer, outbox and runner over the embedded store. A face registers the
    /// <see cref="IDigestPoster"/>; until one does, digests stay in the outbox as failed and are retried.</summary>
    public static IServiceCollection AddDigestsCore(this IServiceCollection services)
    {
        services.AddFactQueries();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SqliteDigestTables>();
        services.TryAddSingleton<ISubscriptionStore, SqliteSubscriptionStore>();
        services.TryAddSingleton<IDigestOutbox, SqliteDigestOutbox>();
        services.TryAddSingleton<IDigestPoster, UnconfiguredDigestPoster>();
        services.TryAddSingleton<DigestComposer>();
        services.TryAddSingleton<DigestRunner>();
        services.TryAddSingleton<ISubscriptionCommands, SubscriptionCommands>();
        return services;
    }
}
