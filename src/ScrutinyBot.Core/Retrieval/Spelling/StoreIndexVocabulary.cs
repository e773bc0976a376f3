using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Retrieval.Spelling;

/// <summary>An index's terms read once per store generation, and the readings made from them: each engine says how to
/// list its terms (<see cref="LoadAsync"/>), this says what to do with them.</summary>
public abstract class StoreIndexVocabulary : IIndexVocabulary
{
    private readonly StoreSnapshotCache<IndexedTerms> _terms;

    protected StoreIndexVocabulary(IStoreGeneration generation) => _terms = new StoreSnapshotCache<IndexedTerms>(generation, LoadAsync);

    public async Task<string?> NearestTermAsync(string term, CancellationToken cancellationToken) =>
        (await _terms.GetAsync(cancellationToken).ConfigureAwait(false)).Nearest(term);

    public async Task<string?> CountyAsync(string shortForm, int shortFormChunks, CancellationToken cancellationToken) =>
        (await _terms.GetAsync(cancellationToken).ConfigureAwait(false)).County(shortForm, shortFormChunks);

    public async Task<string?> ContractionAsync(string shortForm, int shortFormChunks, CancellationToken cancellationToken) =>
        (await _terms.GetAsync(cancellationToken).ConfigureAwait(false)).Contraction(shortForm, shortFormChunks);

    /// <summary>Every term of the index (Porter stems of three letters or more) with how many chunks hold it.</summary>
    protected abstract Task<IndexedTerms> LoadAsync(CancellationToken cancellationToken);
}
