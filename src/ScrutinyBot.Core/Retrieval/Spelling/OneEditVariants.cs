namespace ScrutinyBot.Core.Retrieval.Spelling;

/// <summary>Every lower-case word one typing slip from a word: a letter left out, one too many, one wrong, or two
/// swapped (Damerau–Levenshtein distance 1).</summary>
public static class OneEditVariants
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyz";

    public static IEnumerable<string> Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        for (var i = 0; i < word.Length; i++)
        {
            yield return word.Remove(i, 1);
            if (i + 1 < word.Length)
            {
                yield return string.Concat(word.AsSpan(0, i), word[i + 1].ToString(), word[i].ToString(), word.AsSpan(i + 2));
            }

            foreach (var letter in Letters.Where(l => l != word[i]))
            {
                yield return string.Concat(word.AsSpan(0, i), letter.ToString(), word.AsSpan(i + 1));
            }
        }

        for (var i = 0; i <= word.Length; i++)
        {
            foreach (var letter in Letters)
            {
                yield return word.Insert(i, letter.ToString());
            }
        }
    }
}
