using System.Collections.Concurrent;

namespace ScrutinyBot.Core.Ingestion;

/// <summary>The ingestion lock of the embedded store: the files being ingested in this process (the folder watcher, a
/// source sync and an operator's ingest may meet on one file). Processes sharing one SQLite file are serialised by its
/// write lock, and an unchanged file is skipped by its hash.</summary>
public sealed class InProcessIngestionLock : IIngestionLock
{
    private readonly ConcurrentDictionary<string, byte> _held = new(StringComparer.Ordinal);

    public Task<IAsyncDisposable?> TryAcquireAsync(string sourcePath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sourcePath);
        return Task.FromResult<IAsyncDisposable?>(_held.TryAdd(sourcePath, 0) ? new Release(_held, sourcePath) : null);
    }

    private sealed class Release(ConcurrentDictionary<string, byte> held, string sourcePath) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            held.TryRemove(sourcePath, out _);
            return ValueTask.CompletedTask;
        }
    }
}
