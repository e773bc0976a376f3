namespace ScrutinyBot.Core.Retrieval;

/// <summary>Full-text (and, when configured, vector) search over chunks.</summary>
public interface ISearchIndex
{
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken);

    /// <summary>How many chunks contain each term (for weighting rare words over common ones), and how many chunks
    /// there are. An engine that cannot tell returns <see cref="TermStatistics.Unknown"/>.</summary>
    Task<TermStatistics> TermStatisticsAsync(IReadOnlyCollection<string> terms, CancellationToken cancellationToken) =>
        Task.FromResult(TermStatistics.Unknown);
}
