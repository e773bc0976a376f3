namespace ScrutinyBot.Core.Retrieval.Spelling;

/// <summary>For an index that cannot list its terms: question words are searched as typed.</summary>
public sealed class NoIndexVocabulary : IIndexVocabulary
{
    public Task<string?> NearestTermAsync(string term, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
