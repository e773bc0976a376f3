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

    /// <summary>Nearest chunk vectors fused with the BM25 candidates (a fixed number, whatever the store's size).
    /// Default 20.</summary>
    [Range(1, 200)]
    public int VectorCandidates { get; set; } = 20;

    /// <summary>Up to this many chunk vectors (of one model), every one is scored for each question (int8, 396 bytes a
    /// chunk in memory); beyond it only their sign bits are kept (48 bytes a chunk) and shortlist chunks to score
    /// exactly. Default 50,000.</summary>
    [Range(0, 10_000_000)]
    public int VectorExactScanLimit { get; set; } = 50_000;

    /// <summary>How many chunks the sign bits shortlist for exact scoring in a store past
    /// <see cref="VectorExactScanLimit"/> (a fixed number, whatever the store's size). Default 400.</summary>
    [Range(1, 10_000)]
    public int VectorShortlist { get; set; } = 400;

    /// <summary>Weight of a passage's vector similarity (relative to the best candidate's) in re-ranking, next to its
    /// BM25 score (weight 0.5) and its coverage of the question (weight 1). Default 0.2: two held-out sets written
    /// after the rules were tuned at 0.1 both answered more at 0.2 (session 18).</summary>
    [Range(0.0, 2.0)]
    public double VectorWeight { get; set; } = 0.2;

    /// <summary>How many of the nearest chunks that only the vector leg found are kept among the passages even when
    /// the re-ranker puts them lower (they share few words with the question). Default 2.</summary>
    [Range(0, 10)]
    public int VectorOnlyKept { get; set; } = 2;

    /// <summary>The share of the question's content words (weighted by rarity) the best passage must contain for
    /// the papers to count as answering it; below it the answer abstains. Default 0.4.</summary>
    [Range(0.0, 1.0)]
    public double MinCoverage { get; set; } = 0.4;

    /// <summary>Weight of a candidate sentence's semantic similarity to the question (above the least similar of the
    /// <see cref="SentencesEmbedded"/> best) in choosing the answer's sentences, next to its coverage of the question
    /// (weight 1). 0 turns sentence embedding off. Default 0.</summary>
    [Range(0.0, 5.0)]
    public double SentenceSimilarityWeight { get; set; }

    /// <summary>How many of the best candidate sentences (by words) are embedded for
    /// <see cref="SentenceSimilarityWeight"/>. Default 6.</summary>
    [Range(1, 50)]
    public int SentencesEmbedded { get; set; } = 6;
}
