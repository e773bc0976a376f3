using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Answering;
using ScrutinyBot.Core.Retrieval.Embeddings;
using ScrutinyBot.Core.Tests.TestSupport;

namespace ScrutinyBot.Core.Tests.Retrieval.Embeddings;

/// <summary>The real Semantic Kernel / OpenAI embedder, pointed at a loopback server.</summary>
internal static class LoopbackEmbedder
{
    public const string Model = "test-embedder";

    public static AIOptions Settings(LoopbackOpenAIServer server, int batchSize = 64, int timeoutSeconds = 20, string model = Model) => new()
    {
        Endpoint = server.Endpoint,
        ApiKey = "test-key",
        EmbeddingModel = model,
        EmbeddingBatchSize = batchSize,
        TimeoutSeconds = timeoutSeconds,
    };

    public static SemanticKernelTextEmbedder Create(AIOptions ai, ILogger<SemanticKernelTextEmbedder>? logger = null) =>
        new(OpenAIEmbeddingGeneratorFactory.Create(ai, new HttpClient()), Options.Create(ai), TimeProvider.System,
            logger ?? NullLogger<SemanticKernelTextEmbedder>.Instance);
}
