namespace ScrutinyBot.Core.Storage;

/// <summary>Something read from the store (all facts, the committee names...), kept in memory and read again only when
/// the <see cref="IStoreGeneration"/> has moved on, so a change made by any process is seen on the next call.</summary>
/// <remarks>The generation is read before loading: a change that lands during a load leaves the cached value tagged
/// with the older generation, so the next call loads again rather than keeping stale data.</remarks>
public sealed class StoreSnapshotCache<T>(IStoreGeneration generation, Func<CancellationToken, Task<T>> load)
    where T : class
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Snapshot? _current;

    public async Task<T> GetAsync(CancellationToken cancellationToken)
    {
        var now = await generation.CurrentAsync(cancellationToken).ConfigureAwait(false);
        if (Volatile.Read(ref _current) is { } current && current.Generation == now)
        {
            return current.Value;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_current is { } loaded && loaded.Generation == now)
            {
                return loaded.Value;
            }

            var value = await load(cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _current, new Snapshot(now, value));
            return value;
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed record Snapshot(long Generation, T Value);
}
