using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Extraction.Recommendations;

/// <summary>How much of one recommendation's wording another holds, word by word: a tracker copies the minutes'
/// recommendation, give or take its opening ("That the Cabinet …" / "Recommend that the Cabinet …").</summary>
internal static class RecommendationWords
{
    /// <summary>The share of words at which two recommendations are the same one.</summary>
    public const double Same = 0.6;

    public static double Share(string text, string other) => Share(Of(text), Of(other));

    /// <summary>The share of <paramref name="words"/> that <paramref name="others"/> holds (<see cref="Of"/>).</summary>
    public static double Share(HashSet<string> words, HashSet<string> others) =>
        words.Count == 0 ? 0 : (double)words.Count(others.Contains) / words.Count;

    /// <summary>A recommendation's words as <see cref="Share(HashSet{string}, HashSet{string})"/> compares them.</summary>
    public static HashSet<string> Of(string text) =>
        [.. TextTerms.Tokenize(text).Where(w => w.Length > 2).Select(TextTerms.Stem)];
}
