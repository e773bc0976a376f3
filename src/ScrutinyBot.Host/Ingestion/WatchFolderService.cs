using System.Threading.Channels;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Ingestion;

namespace ScrutinyBot.Host.Ingestion;

/// <summary>In <c>serve</c>, ingests Ingestion:WatchDirectory at start and then every new or changed file in it
/// (debounced, so a file being copied is read once it settles). A failure is logged and never stops the host.</summary>
internal sealed partial class WatchFolderService(
    IIngestionPipeline pipeline,
    DocumentIngestor ingestor,
    IOptions<IngestionOptions> options,
    TimeProvider timeProvider,
    ILogger<WatchFolderService> logger) : BackgroundService
{
    /// <summary>How long the folder must be quiet before changed files are ingested.</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var folder = options.Value.WatchDirectory;
        if (string.IsNullOrWhiteSpace(folder))
        {
            return;
        }

        folder = Path.GetFullPath(folder);
        if (!Directory.Exists(folder))
        {
            LogMissingFolder(logger, folder);
            return;
        }

        var changes = Channel.CreateUnbounded<string>();
        using var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Created += (_, e) => changes.Writer.TryWrite(e.FullPath);
        watcher.Changed += (_, e) => changes.Writer.TryWrite(e.FullPath);
        watcher.Renamed += (_, e) => changes.Writer.TryWrite(e.FullPath);
        watcher.Error += (_, e) =>
        {
            LogWatcherError(logger, folder, e.GetException());
            changes.Writer.TryWrite(folder);
        };
        watcher.EnableRaisingEvents = true;
        LogWatching(logger, folder);

        await IngestSafelyAsync([folder], stoppingToken).ConfigureAwait(false);
        while (!stoppingToken.IsCancellationRequested)
        {
            var batch = new HashSet<string>(StringComparer.Ordinal) { await changes.Reader.ReadAsync(stoppingToken).ConfigureAwait(false) };
            bool more;
            do
            {
                await Task.Delay(Debounce, timeProvider, stoppingToken).ConfigureAwait(false);
                more = false;
                while (changes.Reader.TryRead(out var path))
                {
                    batch.Add(path);
                    more = true;
                }
            }
            while (more);

            var paths = batch.Where(IsIngestible).ToList();
            if (paths.Count > 0)
            {
                await IngestSafelyAsync(paths, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private bool IsIngestible(string path) =>
        Directory.Exists(path) || (File.Exists(path) && ingestor.SupportedExtensions.Contains(Path.GetExtension(path))
            && !Path.GetFileName(path).StartsWith("~$", StringComparison.Ordinal));

    private async Task IngestSafelyAsync(IReadOnlyList<string> paths, CancellationToken stoppingToken)
    {
        try
        {
            var summary = await pipeline.IngestAsync(paths, new LoggingIngestionProgress(logger), stoppingToken).ConfigureAwait(false);
            LogRun(logger, summary.ToString());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRunFailed(logger, ex);
        }
    }

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Watching {Folder} for new and changed papers")]
    private static partial void LogWatching(ILogger logger, string folder);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Warning, Message = "Ingestion:WatchDirectory {Folder} does not exist; not watching")]
    private static partial void LogMissingFolder(ILogger logger, string folder);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Warning, Message = "The watcher on {Folder} failed; rescanning the folder")]
    private static partial void LogWatcherError(ILogger logger, string folder, Exception exception);

    [LoggerMessage(EventId = 1204, Level = LogLevel.Information, Message = "Watch folder ingestion: {Summary}")]
    private static partial void LogRun(ILogger logger, string summary);

    [LoggerMessage(EventId = 1205, Level = LogLevel.Error, Message = "Watch folder ingestion failed; will try again on the next change")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);
}
