using ScrutinyBot.Core.Retrieval.Spelling;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Digests;
using ScrutinyBot.Core.Ingestion;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.Embeddings;
using ScrutinyBot.Core.Sources;
using ScrutinyBot.Core.Storage;
using ScrutinyBot.Host.Cli;
using ScrutinyBot.Storage.Postgres;
using ScrutinyBot.Storage.Postgres.Digests;
using ScrutinyBot.Storage.Postgres.Documents;
using ScrutinyBot.Storage.Postgres.Embeddings;
using ScrutinyBot.Storage.Postgres.Migration;
using ScrutinyBot.Storage.Postgres.Search;
using ScrutinyBot.Storage.Postgres.Sources;
using ScrutinyBot.Storage.Postgres.Teams;
using ScrutinyBot.Teams.App.Feedback;
using ScrutinyBot.Teams.Conversations;

namespace ScrutinyBot.Host.Storage;

/// <summary>The one switch between store engines. The features register the embedded SQLite engine's classes for the
/// seams they use; this, added after them, puts every seam behind Storage:Provider: Sqlite keeps what the feature
/// registered, Postgres hands out the PostgreSQL engine's class (<see cref="PostgresStorageServiceCollectionExtensions"/>).
/// The seams: documents, facts, store generation, search, committees, chunk vectors, subscriptions, digest outbox,
/// source progress, leases, links and meetings, conversation references and feedback.</summary>
public static class StorageEngineSwitch
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    public static IServiceCollection AddStorageEngine(this IServiceCollection services)
    {
        services.AddPostgresStorage();
        services.AddSingleton<SqliteToPostgresCopy>();
        services.AddCliVerb<MigrateVerb>();
        services.AddOptions<PostgresStorageOptions>()
            .Validate<IOptions<StorageOptions>>(
                (postgres, storage) => !Is(storage.Value, Postgres) || !string.IsNullOrWhiteSpace(postgres.ConnectionString),
                "Storage:Postgres:ConnectionString is required when Storage:Provider is Postgres (e.g. Host=db;Database=scrutinybot;Username=bot;Password=...).")
            .ValidateOnStart();
        services.AddOptions<SearchOptions>()
            .Validate<IOptions<StorageOptions>>(
                (search, storage) => string.Equals(search.Provider, storage.Value.Provider, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(search.Provider, SearchOptions.AzureAISearch, StringComparison.OrdinalIgnoreCase),
                "Search:Provider must name the same engine as Storage:Provider (Sqlite with Sqlite, Postgres with Postgres: the full-text index lives in the store), or AzureAISearch.")
            .ValidateOnStart();

        Switch<IDocumentStore, PostgresDocumentStore>(services);
        Switch<IStoreGeneration, PostgresStoreGeneration>(services);
        Switch<ISearchIndex, PostgresSearchIndex>(services);
        Switch<ICommitteeDirectory, PostgresCommitteeDirectory>(services);
        Switch<IIndexVocabulary, PostgresIndexVocabulary>(services);
        Switch<IChunkVectorStore, PostgresChunkVectorStore>(services);
        Switch<ISubscriptionStore, PostgresSubscriptionStore>(services);
        Switch<IDigestOutbox, PostgresDigestOutbox>(services);
        Switch<ISourceStateStore, PostgresSourceStateStore>(services);
        Switch<ISourceLeaseStore, PostgresSourceLeaseStore>(services);
        Switch<ISourceLinkStore, PostgresSourceLinkStore>(services);
        Switch<ISourceMeetingStore, PostgresSourceMeetingStore>(services);
        Switch<IConversationReferenceStore, PostgresConversationReferenceStore>(services);
        Switch<IFeedbackStore, PostgresFeedbackStore>(services);
        Switch<IIngestionLock, PostgresIngestionLock>(services);
        // The facts are read through the one chain (site meeting details, links, cache) whichever engine holds them.
        Switch<IFactStore>(services, sp => FactStoreChain.Create(sp, sp.GetRequiredService<PostgresDocumentStore>()));
        return services;
    }

    private static void Switch<TSeam, TPostgres>(IServiceCollection services)
        where TSeam : class
        where TPostgres : class, TSeam =>
        Switch<TSeam>(services, sp => sp.GetRequiredService<TPostgres>());

    private static void Switch<TSeam>(IServiceCollection services, Func<IServiceProvider, TSeam> postgres)
        where TSeam : class
    {
        // A composition without the feature (the bench has no digests or Teams) has nothing to switch.
        if (services.LastOrDefault(d => d.ServiceType == typeof(TSeam) && !d.IsKeyedService) is not { } sqlite)
        {
            return;
        }

        services.RemoveAll<TSeam>();
        services.AddSingleton(sp =>
        {
            var provider = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return Is(provider, Postgres) ? postgres(sp) : (TSeam)Resolve(sqlite, sp);
        });
    }

    private static object Resolve(ServiceDescriptor descriptor, IServiceProvider services) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!);

    private static bool Is(StorageOptions options, string engine) => string.Equals(options.Provider, engine, StringComparison.OrdinalIgnoreCase);
}
