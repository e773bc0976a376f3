using System.ClientModel;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Answering;

namespace ScrutinyBot.Core.Retrieval.Embeddings;

/// <summary>Embeds texts through the OpenAI-compatible embedding generator Semantic Kernel's OpenAI connector uses, in
/// batches of AI:EmbeddingBatchSize, each batch within AI:TimeoutSeconds. A failure is logged and gives no vectors.</summary>
public sealed partial class SemanticKernelTextEmbedder(
    IEmbeddingGenerator<string, Embedding<float>> generator,
    IOptions<AIOptions> options,
    TimeProvider time,
    ILogger<SemanticKernelTextEmbedder> logger) : ITextEmbedder
{
    public bool IsEnabled => options.Value.EmbeddingsEnabled;

    public async Task<IReadOnlyList<float[]>?> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var ai = options.Value;
        var vectors = new List<float[]>(texts.Count);
        foreach (var batch in texts.Chunk(ai.EmbeddingBatchSize))
        {
            var embedded = await EmbedBatchAsync(batch, ai, cancellationToken).ConfigureAwait(false);
            if (embedded is null)
            {
                return null;
            }

            vectors.AddRange(embedded);
        }

        return vectors;
    }

    private async Task<IReadOnlyList<float[]>?> EmbedBatchAsync(string[] batch, AIOptions ai, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(ai.TimeoutSeconds), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var embeddings = await generator.GenerateAsync(batch, options: null, linked.Token).ConfigureAwait(false);
            var vectors = embeddings.Select(e => e.Vector.ToArray()).ToList();
            if (vectors.Count != batch.Length || vectors.Any(v => v.Length == 0 || v.Length != vectors[0].Length))
            {
                LogMalformed(logger, ai.EmbeddingModel, batch.Length, vectors.Count);
                return null;
            }

            return vectors;
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            LogTimeout(logger, ai.EmbeddingModel, ai.TimeoutSeconds, ex);
            return null;
        }
        catch (Exception ex) when (ex is ClientResultException or HttpRequestException or JsonException or FormatException or InvalidOperationException)
        {
            if (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                LogTimeout(logger, ai.EmbeddingModel, ai.TimeoutSeconds, ex);
                return null;
            }

            LogFailed(logger, ai.EmbeddingModel, batch.Length, ex);
            return null;
        }
    }

    [LoggerMessage(EventId = 3301, Level = LogLevel.Warning, Message = "The embedding model {Model} did not answer within {TimeoutSeconds} s; carrying on without vectors")]
    private static partial void LogTimeout(ILogger logger, string model, int timeoutSeconds, Exception exception);

    [LoggerMessage(EventId = 3302, Level = LogLevel.Warning, Message = "The embedding model {Model} call for {TextCount} text(s) failed; carrying on without vectors")]
    private static partial void LogFailed(ILogger logger, string model, int textCount, Exception exception);

    [LoggerMessage(EventId = 3303, Level = LogLevel.Warning, Message = "The embedding model {Model} returned {VectorCount} usable vector(s) for {TextCount} text(s); carrying on without vectors")]
    private static partial void LogMalformed(ILogger logger, string model, int textCount, int vectorCount);
}
