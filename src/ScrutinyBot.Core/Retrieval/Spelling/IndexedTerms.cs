using ScrutinyBot.Core.Retrieval.FullText;

namespace ScrutinyBot.Core.Retrieval.Spelling;

/// <summary>An index's terms with how many chunks hold each, and the nearest of them to a mistyped word.</summary>
public sealed class IndexedTerms(IReadOnlyDictionary<string, int> documentCounts)
{
    /// <summary>A term held by fewer chunks than this is as likely a typing slip in the papers as a word, and is not
    /// offered as a reading of the question's word.</summary>
    public const int MinChunks = 2;

    public const int MinInflectedLength = 6;

    public int Count => documentCounts.Count;

    /// <summary>The county (its indexed stem ends in "shir", Porter's "shire") whose name holds the short form's letters
    /// in order, first three included, the "s" that ends most short forms left off: "notts" in "nottinghamshire",
    /// "warks" in "warwickshire", "northants" in "northamptonshire". The word, not the stem, is returned.</summary>
    public string? County(string shortForm, int shortFormChunks = 0)
    {
        ArgumentNullException.ThrowIfNull(shortForm);
        var letters = shortForm.EndsWith('s') ? shortForm[..^1] : shortForm;
        if (letters.Length < 3 || !letters.All(char.IsAsciiLetterLower))
        {
            return null;
        }

        string? best = null;
        var bestCount = Math.Max(MinChunks - 1, shortFormChunks);
        foreach (var (term, count) in documentCounts)
        {
            if (count > bestCount && IsCountyFor(letters, term))
            {
                (best, bestCount) = (term, count);
            }
        }

        return best is null ? null : best + "e";
    }

    /// <summary>The indexed word a contraction stands for: its first three letters, then consonants only, kept in
    /// order and ending on the word's last letter, as British office writing shortens names ("nottm" for
    /// "nottingham"). The word must be held by more chunks than the contraction and be longer by three letters or more,
    /// so a short name the papers do not use ("hale", a vowel after the third letter) stays unknown.</summary>
    public string? Contraction(string shortForm, int shortFormChunks = 0)
    {
        ArgumentNullException.ThrowIfNull(shortForm);
        // "Dems", "Cons", "Libs": three letters and a plural "s" are a clipped word in the plural, not a contraction.
        if (shortForm.Length < 4 || !shortForm.All(char.IsAsciiLetterLower) || shortForm[3..].Any(IsVowel) || shortForm[3..] == "s")
        {
            return null;
        }

        string? best = null;
        var bestCount = Math.Max(MinChunks - 1, shortFormChunks);
        foreach (var (term, count) in documentCounts)
        {
            if (count > bestCount && term.Length >= shortForm.Length + 3 && term[^1] == shortForm[^1]
                && term.StartsWith(shortForm[..3], StringComparison.Ordinal) && IsSubsequence(shortForm, term))
            {
                (best, bestCount) = (term, count);
            }
        }

        return best;
    }

    /// <summary>True when the stem is a county's ("nottinghamshir") whose name holds the letters in order, its first
    /// three first ("nott" for "nottinghamshir").</summary>
    internal static bool IsCountyFor(string letters, string stem) =>
        letters.Length >= 3 && stem.EndsWith("shir", StringComparison.Ordinal) && stem.StartsWith(letters[..3], StringComparison.Ordinal) && IsSubsequence(letters, stem);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool IsSubsequence(string letters, string word)
    {
        var at = 0;
        foreach (var c in word)
        {
            if (at < letters.Length && c == letters[at])
            {
                at++;
            }
        }

        return at == letters.Length;
    }

    /// <summary>The word one edit from <paramref name="term"/> whose stem most chunks hold ("borowing" is "borrowing",
    /// indexed as "borrow"); null when none is held by <see cref="MinChunks"/> or more. A stem stands for a word only
    /// from <see cref="MinInflectedLength"/> letters: a short word has too many neighbours ("reps" is not "refs"). The
    /// reading must be a word of the language (<see cref="ModelWords"/>), not only an index stem ("reus", "definit").</summary>
    public string? Nearest(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        string? best = null;
        var bestCount = 0;
        foreach (var variant in OneEditVariants.Of(term))
        {
            if ((documentCounts.TryGetValue(variant, out var count)
                    || (term.Length >= MinInflectedLength && documentCounts.TryGetValue(PorterStemmer.Stem(variant), out count)))
                && count >= MinChunks && ModelWords.Contains(variant) && (count > bestCount || (count == bestCount && string.CompareOrdinal(variant, best) < 0)))
            {
                (best, bestCount) = (variant, count);
            }
        }

        return best;
    }
}
