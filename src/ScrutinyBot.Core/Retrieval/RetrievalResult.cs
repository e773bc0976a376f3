using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Retrieval;

/// <summary>The passages found for a question, best first, and how rare each question word is.</summary>
public sealed record RetrievalResult(QueryAnalysis Analysis, IReadOnlyList<ScoredPassage> Passages, IReadOnlyDictionary<string, double> StemWeights)
{
    /// <summary>For each passage (by chunk id), the text that follows it in its part (see <see cref="ISearchIndex.FollowingTextAsync"/>).</summary>
    public IReadOnlyDictionary<long, string> Following { get; init; } = new Dictionary<long, string>();

    public double BestCoverage => Passages.Count == 0 ? 0 : Passages.Max(p => p.Coverage);
}
