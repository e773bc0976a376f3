using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Extraction.Recommendations;

/// <summary>How much of one recommendation's wording another holds, word by word: a tracker copies the minutes'
/// recommendation, give or take its opening ("That the Cabinet …" / "Recommend that the Cabinet …").</summary>
internal static class RecommendationWords
{
    /// <summary>The share of words at which two recommendations are the same one.</summary>
    public const double Same = 0.6;

    public static double Share(string text, string other)
    {
        var words = Words(text);
        if (words.Count == 0)
        {
            return 0;
        }

        var others = Words(other);
        return (double)words.Count(others.Contains) / words.Count;
    }

    private static HashSet<string> Words(string text) =>
        [.. TextTerms.Tokenize(text).Where(w => w.Length > 2).Select(TextTerms.Stem)];
}
