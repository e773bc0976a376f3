namespace ScrutinyBot.Core.Retrieval;

/// <summary>A retrieved chunk with its re-ranked score and the share of the question's content it covers.</summary>
/// <param name="Coverage">Rarity-weighted share (0..1) of the question's content words found in the chunk.</param>
public sealed record ScoredPassage(SearchHit Hit, double Score, double Coverage);
