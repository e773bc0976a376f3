using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ScrutinyBot.Search.AzureAISearch.Index;
using ScrutinyBot.Search.AzureAISearch.Indexing;

namespace ScrutinyBot.Search.AzureAISearch;

public static class AzureAISearchServiceCollectionExtensions
{
    /// <summary>Registers the Azure AI Search engine's classes and binds Search:AzureAISearch. Nothing here calls the
    /// service: the host's search switch hands these out only when Search:Provider is AzureAISearch. The store's
    /// <see cref="ScrutinyBot.Core.Storage.IDocumentChunkIds"/> comes from the store engine.</summary>
    public static IServiceCollection AddAzureAISearch(this IServiceCollection services)
    {
        services.AddOptions<AzureAISearchOptions>()
            .BindConfiguration(AzureAISearchOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<AzureSearchClients>();
        services.TryAddSingleton<ChunkIndexInitializer>();
        services.TryAddSingleton<ChunkIndexWriter>();
        services.TryAddSingleton<DocumentChunkFeed>();
        services.TryAddSingleton<AzureAISearchIndex>();
        return services;
    }
}
