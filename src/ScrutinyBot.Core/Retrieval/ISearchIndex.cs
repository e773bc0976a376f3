namespace ScrutinyBot.Core.Retrieval;

/// <summary>Full-text (and, when configured, vector) search over chunks.</summary>
public interface ISearchIndex
{
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken);
}
