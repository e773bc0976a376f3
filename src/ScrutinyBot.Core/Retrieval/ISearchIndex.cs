namespace ScrutinyBot.Core.Retrieval;

/// <summary>Full-text (and, when configured, vector) search over chunks.</summary>
public interface ISearchIndex
{
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken);

    /// <summary>How many chunks contain each term (for weighting rare words over common ones), and how many chunks
    /// there are. An engine that cannot tell returns <see cref="TermStatistics.Unknown"/>.</summary>
    Task<TermStatistics> TermStatisticsAsync(IReadOnlyCollection<string> terms, CancellationToken cancellationToken) =>
        Task.FromResult(TermStatistics.Unknown);

    /// <summary>For each chunk, the text of the chunks that follow it in the same part and item (the next two), if
    /// any: an answer that starts at the end of one chunk can be read on into the next, and a motion to the vote that
    /// ends it. An engine that cannot tell returns none.</summary>
    Task<IReadOnlyDictionary<long, string>> FollowingTextAsync(IReadOnlyCollection<long> chunkIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<long, string>>(new Dictionary<long, string>());
}
