using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Retrieval.Spelling;

/// <summary>An index's terms read once per store generation by the engine's own <c>load</c>, and the readings made
/// from them: each engine says how to list its terms, this says what to do with them.</summary>
public sealed class StoreIndexVocabulary(IStoreGeneration generation, Func<CancellationToken, Task<IndexedTerms>> load) : IIndexVocabulary
{
    private readonly StoreSnapshotCache<IndexedTerms> _terms = new(generation, load);

    public async Task<string?> NearestTermAsync(string term, CancellationToken cancellationToken) =>
        (await _terms.GetAsync(cancellationToken).ConfigureAwait(false)).Nearest(term);

    public async Task<string?> CountyAsync(string shortForm, int shortFormChunks, CancellationToken cancellationToken) =>
        (await _terms.GetAsync(cancellationToken).ConfigureAwait(false)).County(shortForm, shortFormChunks);
}
