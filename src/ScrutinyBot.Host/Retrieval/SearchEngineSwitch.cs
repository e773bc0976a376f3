using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.Embeddings;
using ScrutinyBot.Core.Storage;
using ScrutinyBot.Core.Storage.Sqlite;
using ScrutinyBot.Host.Storage;
using ScrutinyBot.Search.AzureAISearch;
using ScrutinyBot.Search.AzureAISearch.Indexing;
using ScrutinyBot.Storage.Postgres.Documents;

namespace ScrutinyBot.Host.Retrieval;

/// <summary>The one switch of the search index, added after the store engine's switch. Search:Provider = Sqlite or
/// Postgres keeps the index in the store (what the store switch registered); AzureAISearch puts the Azure AI Search
/// engine behind the search seams (keywords, the vector leg) and keeps it in step with the store by decorating the
/// documents and chunk vectors, which stay in the store, the system of record.</summary>
public static class SearchEngineSwitch
{
    public static IServiceCollection AddSearchEngine(this IServiceCollection services)
    {
        services.AddAzureAISearch();
        services.AddOptions<AzureAISearchOptions>()
            .Validate<IOptions<SearchOptions>>(
                (azure, search) => !IsAzure(search.Value) || (azure.IsConfigured && !string.IsNullOrWhiteSpace(azure.ApiKey)),
                "Search:AzureAISearch:Endpoint and Search:AzureAISearch:ApiKey are required when Search:Provider is AzureAISearch (e.g. https://my-council.search.windows.net and an admin key).");
        services.TryAddSingleton<SqliteDocumentChunkIds>();
        services.TryAddSingleton<PostgresDocumentChunkIds>();
        services.TryAddSingleton<IDocumentChunkIds>(sp =>
            string.Equals(sp.GetRequiredService<IOptions<StorageOptions>>().Value.Provider, StorageEngineSwitch.Postgres, StringComparison.OrdinalIgnoreCase)
                ? sp.GetRequiredService<PostgresDocumentChunkIds>()
                : sp.GetRequiredService<SqliteDocumentChunkIds>());

        Replace<ISearchIndex>(services, (sp, _) => sp.GetRequiredService<AzureAISearchIndex>());
        Replace<IChunkVectorSearch>(services, (sp, _) => sp.GetRequiredService<AzureAISearchIndex>());
        Replace<IDocumentStore>(services, (sp, store) => new IndexedDocumentStore(store.Value, sp.GetRequiredService<DocumentChunkFeed>()));
        Replace<IChunkVectorStore>(services, (sp, store) => new IndexedChunkVectorStore(store.Value, sp.GetRequiredService<ChunkIndexWriter>()));
        return services;
    }

    /// <summary>Puts the seam's registration behind Search:Provider: AzureAISearch gets <paramref name="azure"/> (given
    /// the store's own, unresolved until asked for), anything else the registration as it was.</summary>
    private static void Replace<TSeam>(IServiceCollection services, Func<IServiceProvider, Lazy<TSeam>, TSeam> azure)
        where TSeam : class
    {
        if (services.LastOrDefault(d => d.ServiceType == typeof(TSeam) && !d.IsKeyedService) is not { } store)
        {
            return;
        }

        services.RemoveAll<TSeam>();
        services.AddSingleton(sp =>
        {
            var own = new Lazy<TSeam>(() => (TSeam)Resolve(store, sp));
            return IsAzure(sp.GetRequiredService<IOptions<SearchOptions>>().Value) ? azure(sp, own) : own.Value;
        });
    }

    private static object Resolve(ServiceDescriptor descriptor, IServiceProvider services) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!);

    private static bool IsAzure(SearchOptions options) =>
        string.Equals(options.Provider, SearchOptions.AzureAISearch, StringComparison.OrdinalIgnoreCase);
}
