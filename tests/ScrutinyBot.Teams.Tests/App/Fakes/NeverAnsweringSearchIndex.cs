using ScrutinyBot.Core.Retrieval;

namespace ScrutinyBot.Teams.Tests.App.Fakes;

/// <summary>A search that never finishes and ignores cancellation: the worst case for a deadline.</summary>
internal sealed class NeverAnsweringSearchIndex : ISearchIndex
{
    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken) =>
        new TaskCompletionSource<IReadOnlyList<SearchHit>>().Task;
}
