using Microsoft.Extensions.Logging;
using ScrutinyBot.Core.Diagnostics;
using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Retrieval.Embeddings;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Ingestion;

/// <summary>Runs <see cref="DocumentIngestor"/> over the files under the given paths, reporting progress, then gives
/// chunks without a vector one when an embedding model is configured.</summary>
public sealed partial class IngestionPipeline(
    DocumentIngestor ingestor, IDocumentStore store, ILogger<IngestionPipeline> logger, ChunkEmbeddingIndexer? embeddings = null)
    : IIngestionPipeline
{
    public async Task<IngestionSummary> IngestAsync(
        IReadOnlyList<string> paths, IProgress<IngestionProgress>? progress, CancellationToken cancellationToken)
    {
        var (files, missing) = IngestionFileFinder.Find(paths, ingestor.SupportedExtensions);
        var total = files.Count + missing.Count;
        var outcomes = new List<IngestionOutcome>(total);
        foreach (var path in missing)
        {
            Report(new IngestionOutcome(path, IngestionStatus.Failed, $"{path}: no such file or folder: check the path and try again."));
        }

        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Report(await ingestor.IngestFileAsync(file, cancellationToken).ConfigureAwait(false));
        }

        await EmbedChunksAsync(cancellationToken).ConfigureAwait(false);
        NativeHeap.Trim();
        var summary = new IngestionSummary(outcomes);
        LogSummary(logger, summary.Added, summary.Replaced, summary.Skipped, summary.Failed, summary.Excluded);
        return summary;

        void Report(IngestionOutcome outcome)
        {
            outcomes.Add(outcome);
            progress?.Report(new IngestionProgress(outcomes.Count, total, outcome));
        }
    }

    public async Task<StoredDocument?> ForgetAsync(string pathOrId, CancellationToken cancellationToken)
    {
        var removed = await store.ForgetAsync(pathOrId, cancellationToken).ConfigureAwait(false);
        if (removed is null && !long.TryParse(pathOrId, out _) && (File.Exists(pathOrId) || Path.IsPathRooted(pathOrId) || pathOrId.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal)))
        {
            removed = await store.ForgetAsync(Path.GetFullPath(pathOrId), cancellationToken).ConfigureAwait(false);
        }

        if (removed is not null)
        {
            LogForgotten(logger, removed.Id, removed.SourcePath);
        }

        return removed;
    }

    /// <summary>Vectors are an extra: a failure here is logged and never fails the run (the chunks stay BM25-searchable).</summary>
    private async Task EmbedChunksAsync(CancellationToken cancellationToken)
    {
        if (embeddings is null)
        {
            return;
        }

        try
        {
            await embeddings.EmbedMissingAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogEmbeddingFailed(logger, ex);
        }
    }

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Could not give the new chunks vectors; they stay searchable by keywords")]
    private static partial void LogEmbeddingFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1100, Level = LogLevel.Information,
        Message = "Ingestion run finished: added {Added}, replaced {Replaced}, skipped {Skipped}, failed {Failed}, excluded {Excluded}")]
    private static partial void LogSummary(ILogger logger, int added, int replaced, int skipped, int failed, int excluded);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Forgot document {DocumentId} ({SourcePath})")]
    private static partial void LogForgotten(ILogger logger, long documentId, string sourcePath);
}
