using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Retrieval.Embeddings;

namespace ScrutinyBot.Search.AzureAISearch.Index;

/// <summary>Creates the chunk index, or updates it to this build's schema, once per process before the first read or
/// write. A failure is not remembered: the next call tries again.</summary>
public sealed partial class ChunkIndexInitializer(
    AzureSearchClients clients, IOptions<AzureAISearchOptions> options, ITextEmbedder embedder, ILogger<ChunkIndexInitializer> logger)
{
    /// <summary>The vector size used when neither the options nor the embedding model give one (the local MiniLM model's).</summary>
    public const int DefaultDimensions = 384;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _ready;

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (_ready)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_ready)
            {
                return;
            }

            var dimensions = await DimensionsAsync(cancellationToken).ConfigureAwait(false);
            var index = ChunkIndexSchema.Create(clients.IndexName, dimensions);
            await clients.Indexes.CreateOrUpdateIndexAsync(index, allowIndexDowntime: false, onlyIfUnchanged: false, cancellationToken).ConfigureAwait(false);
            LogIndexReady(logger, clients.IndexName, dimensions);
            _ready = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<int> DimensionsAsync(CancellationToken cancellationToken)
    {
        if (options.Value.VectorDimensions > 0)
        {
            return options.Value.VectorDimensions;
        }

        if (embedder.IsEnabled && await embedder.EmbedAsync(["committee"], cancellationToken).ConfigureAwait(false) is [var probe] && probe.Length > 1)
        {
            return probe.Length;
        }

        return DefaultDimensions;
    }

    [LoggerMessage(EventId = 3400, Level = LogLevel.Information, Message = "Azure AI Search index {IndexName} is ready (vector dimensions {Dimensions})")]
    private static partial void LogIndexReady(ILogger logger, string indexName, int dimensions);
}
