using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ScrutinyBot.Storage.Postgres.Digests;
using ScrutinyBot.Storage.Postgres.Documents;
using ScrutinyBot.Storage.Postgres.Embeddings;
using ScrutinyBot.Storage.Postgres.Search;
using ScrutinyBot.Storage.Postgres.Sources;
using ScrutinyBot.Storage.Postgres.Teams;

namespace ScrutinyBot.Storage.Postgres;

public static class PostgresStorageServiceCollectionExtensions
{
    /// <summary>Registers the PostgreSQL engine's classes (one per store seam) and its options. Nothing here opens a
    /// connection: the host's engine switch hands these out for the seams only when Storage:Provider is Postgres.</summary>
    public static IServiceCollection AddPostgresStorage(this IServiceCollection services)
    {
        services.AddOptions<PostgresStorageOptions>()
            .BindConfiguration(PostgresStorageOptions.SectionName)
            .ValidateDataAnnotations();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PostgresDatabase>();
        services.TryAddSingleton<PostgresDocumentStore>();
        services.TryAddSingleton<PostgresStoreGeneration>();
        services.TryAddSingleton<PostgresSearchIndex>();
        services.TryAddSingleton<PostgresCommitteeDirectory>();
        services.TryAddSingleton<PostgresIndexVocabulary>();
        services.TryAddSingleton<PostgresChunkVectorStore>();
        services.TryAddSingleton<PostgresSubscriptionStore>();
        services.TryAddSingleton<PostgresDigestOutbox>();
        services.TryAddSingleton<PostgresSourceStateStore>();
        services.TryAddSingleton<PostgresSourceLeaseStore>();
        services.TryAddSingleton<PostgresSourceLinkStore>();
        services.TryAddSingleton<PostgresSourceMeetingStore>();
        services.TryAddSingleton<PostgresConversationReferenceStore>();
        services.TryAddSingleton<PostgresFeedbackStore>();
        services.TryAddSingleton<PostgresIngestionLock>();
        return services;
    }
}
