using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Answering;
using ScrutinyBot.Core.Retrieval.Embeddings;
using ScrutinyBot.Core.Retrieval.Embeddings.Sqlite;
using ScrutinyBot.Host.Answering;

namespace ScrutinyBot.Host.Retrieval;

/// <summary>Chunk vectors and hybrid retrieval. AI options are bound by AddAnswering; the vectors live in the
/// embedded store.</summary>
public static class EmbeddingsRegistration
{
    public static IServiceCollection AddEmbeddings(this IServiceCollection services)
    {
        services.AddHttpClient(AnsweringRegistration.AIHttpClientName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(CreateEmbedder);
        services.AddSingleton<IChunkVectorStore, SqliteChunkVectorStore>();
        services.AddSingleton<ChunkVectorIndex>();
        services.AddSingleton<HybridFusion>();
        services.AddSingleton<ChunkEmbeddingIndexer>();
        return services;
    }

    /// <summary>The embedding model when AI:Endpoint and AI:EmbeddingModel are set; otherwise one that never calls out.</summary>
    private static ITextEmbedder CreateEmbedder(IServiceProvider services)
    {
        var ai = services.GetRequiredService<IOptions<AIOptions>>().Value;
        if (!ai.EmbeddingsEnabled)
        {
            return new DisabledTextEmbedder();
        }

        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(AnsweringRegistration.AIHttpClientName);
        var generator = OpenAIEmbeddingGeneratorFactory.Create(ai, http);
        return ActivatorUtilities.CreateInstance<SemanticKernelTextEmbedder>(services, generator);
    }
}
