using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Answering;
using ScrutinyBot.Core.Retrieval.Embeddings;
using ScrutinyBot.Core.Retrieval.Embeddings.MiniLM;
using ScrutinyBot.Core.Retrieval.Embeddings.Sqlite;
using ScrutinyBot.Host.Answering;

namespace ScrutinyBot.Host.Retrieval;

/// <summary>Chunk vectors and hybrid retrieval. AI options are bound by AddAnswering; the vectors live in the
/// embedded store.</summary>
public static class EmbeddingsRegistration
{
    public static IServiceCollection AddEmbeddings(this IServiceCollection services)
    {
        services.AddOptions<MiniLMOptions>()
            .BindConfiguration(MiniLMOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHttpClient(AnsweringRegistration.AIHttpClientName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<MiniLMTextEmbedder>();
        services.AddSingleton(CreateEmbedder);
        services.AddSingleton<IChunkVectorStore, SqliteChunkVectorStore>();
        services.AddSingleton<ChunkVectorIndex>();
        services.AddSingleton<IChunkVectorSearch>(sp => sp.GetRequiredService<ChunkVectorIndex>());
        services.AddSingleton<QuestionVectorCache>();
        services.AddSingleton<HybridFusion>();
        services.AddSingleton<ChunkEmbeddingIndexer>();
        return services;
    }

    /// <summary>The OpenAI-compatible embedding model when AI:Endpoint and AI:EmbeddingModel are set; otherwise the local
    /// MiniLM model (loaded on first use) unless Embeddings:MiniLM:Enabled is false; otherwise one that does nothing.</summary>
    private static ITextEmbedder CreateEmbedder(IServiceProvider services)
    {
        var ai = services.GetRequiredService<IOptions<AIOptions>>().Value;
        if (ai.EmbeddingsEnabled)
        {
            var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(AnsweringRegistration.AIHttpClientName);
            var generator = OpenAIEmbeddingGeneratorFactory.Create(ai, http);
            return ActivatorUtilities.CreateInstance<SemanticKernelTextEmbedder>(services, generator);
        }

        return services.GetRequiredService<IOptions<MiniLMOptions>>().Value.Enabled
            ? services.GetRequiredService<MiniLMTextEmbedder>()
            : new DisabledTextEmbedder();
    }
}
