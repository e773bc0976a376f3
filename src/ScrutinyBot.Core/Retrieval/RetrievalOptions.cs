using System.ComponentModel.DataAnnotations;

namespace ScrutinyBot.Core.Retrieval;

public sealed class RetrievalOptions
{
    public const string SectionName = "Retrieval";

    /// <summary>Passages an answer is made from (and an LLM is given). Default 8.</summary>
    [Range(1, 50)]
    public int MaxResults { get; set; } = 8;

    /// <summary>Candidates fetched from the index before re-ranking. Default 40.</summary>
    [Range(1, 500)]
    public int Candidates { get; set; } = 40;

    /// <summary>The share of the question's content words (weighted by rarity) the best passage must contain for
    /// the papers to count as answering it; below it the answer abstains. Default 0.4.</summary>
    [Range(0.0, 1.0)]
    public double MinCoverage { get; set; } = 0.4;
}
