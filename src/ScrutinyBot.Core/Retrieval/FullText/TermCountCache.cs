using System.Collections.Concurrent;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Retrieval.FullText;

/// <summary>The term counts of a full-text index, shared by every engine: the store's totals are read once per store
/// generation, and each term's document count is asked of the engine once per generation (at most
/// <see cref="MaxCachedTerms"/> kept), however many questions use it.</summary>
public sealed class TermCountCache
{
    /// <summary>Above this many cached terms the cache starts again (a store with an unusual vocabulary of questions).</summary>
    public const int MaxCachedTerms = 20_000;

    private readonly StoreSnapshotCache<TermCounts> _counts;

    /// <param name="generation">The store generation the counts belong to.</param>
    /// <param name="readTotals">Reads how many chunks the store holds and their average length in tokens.</param>
    public TermCountCache(IStoreGeneration generation, Func<CancellationToken, Task<(int ChunkCount, double AverageTokens)>> readTotals)
    {
        ArgumentNullException.ThrowIfNull(readTotals);
        _counts = new StoreSnapshotCache<TermCounts>(generation, async cancellationToken =>
        {
            var (chunkCount, averageTokens) = await readTotals(cancellationToken).ConfigureAwait(false);
            return new TermCounts(chunkCount, averageTokens, new ConcurrentDictionary<string, int>(StringComparer.Ordinal));
        });
    }

    /// <summary>The totals of the current store generation.</summary>
    public Task<TermCounts> TotalsAsync(CancellationToken cancellationToken) => _counts.GetAsync(cancellationToken);

    /// <summary>The document counts of <paramref name="terms"/>; those not yet known are counted by
    /// <paramref name="countMissing"/> in one call (the engine opens one connection for them).</summary>
    public async Task<TermStatistics> StatisticsAsync(
        IReadOnlyCollection<string> terms,
        Func<IReadOnlyList<string>, CancellationToken, Task<IReadOnlyDictionary<string, int>>> countMissing,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(countMissing);
        var counts = await _counts.GetAsync(cancellationToken).ConfigureAwait(false);
        var wanted = terms.Distinct(StringComparer.Ordinal).ToList();
        var missing = wanted.Where(t => !counts.Frequencies.ContainsKey(t)).ToList();
        if (missing.Count > 0)
        {
            var counted = await countMissing(missing, cancellationToken).ConfigureAwait(false);
            if (counts.Frequencies.Count + missing.Count > MaxCachedTerms)
            {
                counts.Frequencies.Clear();
            }

            foreach (var term in missing)
            {
                counts.Frequencies[term] = counted.TryGetValue(term, out var df) ? df : 0;
            }
        }

        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in wanted)
        {
            result[term] = counts.Frequencies.TryGetValue(term, out var df) ? df : 0;
        }

        return new TermStatistics(result, counts.ChunkCount);
    }
}
