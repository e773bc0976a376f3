using ScrutinyBot.Core.Retrieval;

namespace ScrutinyBot.Core.Answering.Generative;

/// <summary>What the model is shown, numbered as it may cite it: the passages first ([1]..[n]), then the quotes the
/// extracted facts rest on ([n+1]..).</summary>
public sealed class PromptEvidence(IReadOnlyList<ScoredPassage> passages, IReadOnlyList<Citation> facts)
{
    public IReadOnlyList<ScoredPassage> Passages { get; } = passages;

    public IReadOnlyList<Citation> Facts { get; } = facts;

    public int Count => Passages.Count + Facts.Count;

    /// <summary>The number the model cites the fact quote at <paramref name="index"/> (0-based) by.</summary>
    public int FactNumber(int index) => Passages.Count + index + 1;

    /// <summary>The citation for number <paramref name="n"/> (1-based), renumbered as cited.</summary>
    public Citation Cite(int n) => n <= Passages.Count
        ? CitationFactory.FromChunk(n, Passages[n - 1].Hit.Chunk, Passages[n - 1].Hit.Chunk.Text)
        : Facts[n - Passages.Count - 1] with { Number = n };
}
