using ScrutinyBot.Core.Sources;

namespace ScrutinyBot.Host.Tests.Sources;

/// <summary>A source that counts its syncs and can fail the first one.</summary>
internal sealed class CountingSource(string name, bool failFirst = false) : ISource
{
    private int _syncs;

    public string Name => name;

    public int Syncs => Volatile.Read(ref _syncs);

    public Task<SourceSyncReport> SyncAsync(IProgress<string>? progress, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _syncs) == 1 && failFirst)
        {
            throw new InvalidOperationException("first sync fails");
        }

        return Task.FromResult(new SourceSyncReport(name, 0, 0, 0, 0, 0, 0, 0, null));
    }
}
