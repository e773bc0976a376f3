namespace ScrutinyBot.Core.Storage;

/// <summary>The one in-memory copy of the store's facts, shared by answers, commands and digests: read again only
/// when a document has been added, replaced or forgotten since (by this or any other process).</summary>
public sealed class CachedFactStore : IFactStore
{
    private readonly StoreSnapshotCache<FactSet> _cache;

    public CachedFactStore(IFactStore inner, IStoreGeneration generation)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _cache = new StoreSnapshotCache<FactSet>(generation, inner.LoadFactsAsync);
    }

    public Task<FactSet> LoadFactsAsync(CancellationToken cancellationToken) => _cache.GetAsync(cancellationToken);
}
