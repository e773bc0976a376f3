using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Answering;
using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Retrieval.Embeddings;

/// <summary>Gives every stored chunk that has no vector yet one (new documents, and those ingested before an embedding
/// model was configured), in batches of AI:EmbeddingBatchSize, each batch saved as it is done and progress logged every
/// few seconds. It runs after the documents are written, so they are searchable by BM25 meanwhile. A model that fails
/// stops the run with a log line; the chunks stay searchable by BM25 and get their vectors on a later run. With no
/// embedding model it does nothing.</summary>
public sealed partial class ChunkEmbeddingIndexer(
    ITextEmbedder embedder,
    IChunkVectorStore store,
    IOptions<AIOptions> options,
    ILogger<ChunkEmbeddingIndexer> logger)
{
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(5);

    /// <returns>How many chunks got a vector.</returns>
    public async Task<int> EmbedMissingAsync(CancellationToken cancellationToken)
    {
        if (!embedder.IsEnabled)
        {
            return 0;
        }

        var total = await store.CountUnembeddedAsync(cancellationToken).ConfigureAwait(false);
        if (total == 0)
        {
            return 0;
        }

        var batchSize = options.Value.EmbeddingBatchSize;
        var embedded = 0;
        var after = 0L;
        var stopwatch = Stopwatch.StartNew();
        var reported = TimeSpan.Zero;
        while (true)
        {
            var pending = await store.ListUnembeddedAsync(after, batchSize, cancellationToken).ConfigureAwait(false);
            if (pending.Count == 0)
            {
                break;
            }

            var vectors = await embedder.EmbedAsync(pending.Select(p => TextOf(p.Chunk)).ToList(), cancellationToken).ConfigureAwait(false);
            if (vectors is null)
            {
                LogStopped(logger, embedded);
                return embedded;
            }

            await store.SaveAsync(pending.Zip(vectors, (p, v) => new ChunkVector(p.Id, v)).ToList(), cancellationToken).ConfigureAwait(false);
            embedded += pending.Count;
            after = pending[^1].Id;
            if (stopwatch.Elapsed - reported >= ProgressEvery)
            {
                reported = stopwatch.Elapsed;
                LogProgress(logger, embedded, Math.Max(total, embedded), embedded / stopwatch.Elapsed.TotalSeconds);
            }
        }

        LogEmbedded(logger, embedded, stopwatch.Elapsed.TotalSeconds, embedded / Math.Max(1e-3, stopwatch.Elapsed.TotalSeconds));
        return embedded;
    }

    /// <summary>What is embedded for a chunk: its part and item titles, then its text.</summary>
    public static string TextOf(Chunk chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        var title = string.IsNullOrWhiteSpace(chunk.ItemTitle) ? chunk.PartTitle : $"{chunk.PartTitle}: {chunk.ItemTitle}";
        return $"{title}\n{chunk.Text}";
    }

    [LoggerMessage(EventId = 3310, Level = LogLevel.Information, Message = "Embedded {ChunkCount} chunk(s) in {Seconds:F1} s ({ChunksPerSecond:F1} chunks/s)")]
    private static partial void LogEmbedded(ILogger logger, int chunkCount, double seconds, double chunksPerSecond);

    [LoggerMessage(EventId = 3311, Level = LogLevel.Warning, Message = "Stopped embedding chunks after {ChunkCount}: the embedding model failed; the rest stay BM25-only until the next ingestion run")]
    private static partial void LogStopped(ILogger logger, int chunkCount);

    [LoggerMessage(EventId = 3312, Level = LogLevel.Information, Message = "Embedding chunks: {Done} of {Total} ({ChunksPerSecond:F1} chunks/s); they are searchable by keywords meanwhile")]
    private static partial void LogProgress(ILogger logger, int done, int total, double chunksPerSecond);
}
