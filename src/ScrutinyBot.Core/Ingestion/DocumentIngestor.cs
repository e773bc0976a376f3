using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Ingestion.Readers;
using ScrutinyBot.Core.Retrieval.Chunking;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Ingestion;

/// <summary>Ingests one file: size check, hash, skip if unchanged, read, exempt check, extract, chunk, save in one
/// transaction. Every problem becomes an outcome with one clear line; nothing is half-written. One ingester at a time
/// reads a given file (<see cref="IIngestionLock"/>, shared by every instance on the store); another one skips it.</summary>
public sealed partial class DocumentIngestor(
    IEnumerable<IDocumentReader> readers,
    IDocumentExtractor extractor,
    DocumentChunker chunker,
    IDocumentStore store,
    IOptions<IngestionOptions> options,
    ILogger<DocumentIngestor> logger,
    IIngestionLock? ingestionLock = null)
{
    private readonly IIngestionLock _lock = ingestionLock ?? new InProcessIngestionLock();

    private readonly Dictionary<string, IDocumentReader> _readers = readers
        .SelectMany(r => r.Extensions.Select(e => (Extension: e, Reader: r)))
        .ToDictionary(x => x.Extension, x => x.Reader, StringComparer.OrdinalIgnoreCase);

    public IReadOnlySet<string> SupportedExtensions => _readers.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);

    public async Task<IngestionOutcome> IngestFileAsync(string path, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        try
        {
            var held = await _lock.TryAcquireAsync(path, cancellationToken).ConfigureAwait(false);
            if (held is null)
            {
                LogHeldElsewhere(logger, path);
                return new IngestionOutcome(path, IngestionStatus.Skipped, $"{name}: being ingested by another instance now, skipped.");
            }

            await using (held.ConfigureAwait(false))
            {
                return await IngestCheckedAsync(path, name, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (DocumentReadException ex)
        {
            LogRejected(logger, path, ex);
            return Failed(path, ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogRejected(logger, path, ex);
            return Failed(path, $"{name}: could not be opened (in use, or no permission): close it or fix its permissions, then re-ingest.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, path, ex);
            return Failed(path, $"{name}: could not be ingested (an unexpected error, details in the log); nothing was changed for this file.");
        }
    }

    private async Task<IngestionOutcome> IngestCheckedAsync(string path, string name, CancellationToken cancellationToken)
    {
        if (!_readers.TryGetValue(Path.GetExtension(path), out var reader))
        {
            var supported = string.Join(", ", _readers.Keys.Order(StringComparer.Ordinal));
            return Failed(path, $"{name}: this file type is not supported ({supported}): convert it to PDF, Word or text first.");
        }

        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return Failed(path, $"{path}: no such file: check the path and try again.");
        }

        var limit = options.Value.MaxFileBytes;
        if (info.Length > limit)
        {
            return Failed(path, $"{name}: {Megabytes(info.Length)} is over the {Megabytes(limit)} limit (Ingestion:MaxFileBytes): split the file or raise the limit.");
        }

        if (info.Length == 0)
        {
            return Failed(path, $"{name}: the file is empty: check it was copied or downloaded completely, then re-ingest.");
        }

        var content = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        var hash = ContentHash.Of(content);
        var existing = await store.FindBySourcePathAsync(path, cancellationToken).ConfigureAwait(false);
        if (existing is not null && string.Equals(existing.ContentHash, hash, StringComparison.Ordinal))
        {
            return new IngestionOutcome(path, IngestionStatus.Skipped, $"{name}: unchanged, skipped.", existing.Id);
        }

        var pages = reader.Read(name, content);
        if (pages.All(p => string.IsNullOrWhiteSpace(p.Text)))
        {
            return Failed(path, $"{name}: the file has no text in it: check it is the paper you meant, then re-ingest.");
        }

        var marking = ExemptPaperDetector.FindMarking(pages);
        if (marking is not null && !options.Value.IncludeExempt)
        {
            return new IngestionOutcome(path, IngestionStatus.Excluded,
                $"{name}: marked exempt / not for publication (\"{marking}\"), not ingested; set Ingestion:IncludeExempt to true to include such papers.",
                existing?.Id);
        }

        var extraction = extractor.Extract(name, pages);
        var chunks = chunker.Split(name, pages, extraction);
        var saved = await store.SaveAsync(new DocumentToSave(name, path, hash, reader.Format, pages, extraction, chunks), cancellationToken)
            .ConfigureAwait(false);
        var facts = extraction.Facts;
        var detail = $"{pages.Count} page(s), {extraction.Parts.Count} part(s), {facts.Meetings.Count} meeting(s), {facts.Resolutions.Count} resolution(s), {facts.Recommendations.Count} recommendation(s)";
        return existing is null
            ? new IngestionOutcome(path, IngestionStatus.Added, $"{name}: added ({detail}).", saved.Id)
            : new IngestionOutcome(path, IngestionStatus.Replaced, $"{name}: changed, replaced ({detail}).", saved.Id);
    }

    private static IngestionOutcome Failed(string path, string message) => new(path, IngestionStatus.Failed, message);

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.#} MB";

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Could not ingest {Path}")]
    private static partial void LogRejected(ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Skipped {Path}: another instance is ingesting it")]
    private static partial void LogHeldElsewhere(ILogger logger, string path);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "Unexpected failure ingesting {Path}")]
    private static partial void LogFailed(ILogger logger, string path, Exception exception);
}
