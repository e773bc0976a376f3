namespace ScrutinyBot.Core.Retrieval.Spelling;

/// <summary>An index's terms with how many chunks hold each, and the nearest of them to a mistyped word.</summary>
public sealed class IndexedTerms(IReadOnlyDictionary<string, int> documentCounts)
{
    /// <summary>A term held by fewer chunks than this is as likely a typing slip in the papers as a word, and is not
    /// offered as a reading of the question's word.</summary>
    public const int MinChunks = 2;

    public int Count => documentCounts.Count;

    public string? Nearest(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        string? best = null;
        var bestCount = 0;
        foreach (var variant in OneEditVariants.Of(term))
        {
            if (documentCounts.TryGetValue(variant, out var count) && count >= MinChunks
                && (count > bestCount || (count == bestCount && string.CompareOrdinal(variant, best) < 0)))
            {
                (best, bestCount) = (variant, count);
            }
        }

        return best;
    }
}
