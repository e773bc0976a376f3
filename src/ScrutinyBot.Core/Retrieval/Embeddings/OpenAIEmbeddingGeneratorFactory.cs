using Microsoft.Extensions.AI;
using ScrutinyBot.Core.Answering;
using ScrutinyBot.Core.Answering.Generative;

namespace ScrutinyBot.Core.Retrieval.Embeddings;

/// <summary>The embedding generator for AI:EmbeddingModel on the configured OpenAI-compatible endpoint: the OpenAI
/// embedding client as a Microsoft.Extensions.AI generator, as Semantic Kernel's AddOpenAIEmbeddingGenerator builds it.</summary>
public static class OpenAIEmbeddingGeneratorFactory
{
    public static IEmbeddingGenerator<string, Embedding<float>> Create(AIOptions options, HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(options);
        return OpenAIClientFactory.Create(options, http).GetEmbeddingClient(options.EmbeddingModel).AsIEmbeddingGenerator();
    }
}
