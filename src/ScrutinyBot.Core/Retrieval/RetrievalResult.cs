using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Retrieval;

/// <summary>The passages found for a question, best first, and how rare each question word is.</summary>
public sealed record RetrievalResult(QueryAnalysis Analysis, IReadOnlyList<ScoredPassage> Passages, IReadOnlyDictionary<string, double> StemWeights)
{
    /// <summary>For each passage (by chunk id), the text that follows it in its part (see <see cref="ISearchIndex.FollowingTextAsync"/>).</summary>
    public IReadOnlyDictionary<long, string> Following { get; init; } = new Dictionary<long, string>();

    /// <summary>The passages ranked next after <see cref="Passages"/>, best first: where an answer needs a kind of
    /// evidence the first passages lack (a name for "who is…"), a lower-ranked passage that covers the question as
    /// well and holds it can still answer.</summary>
    public IReadOnlyList<ScoredPassage> Reserve { get; init; } = [];

    /// <summary>What their meaning adds to the best candidate sentences' scores (by their text): their semantic
    /// similarity to the question above the least similar of them, weighted (<see cref="Answering.Extractive.SentenceMeaning"/>);
    /// empty when the embedding model has not scored them.</summary>
    public IReadOnlyDictionary<string, double> MeaningBonus { get; init; } = new Dictionary<string, double>();

    public double BestCoverage => Passages.Count == 0 ? 0 : Passages.Max(p => p.Coverage);
}
