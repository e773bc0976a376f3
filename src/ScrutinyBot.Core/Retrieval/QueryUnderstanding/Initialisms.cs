using System.Text;

namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>The initialisms a text's names make: "Strengthening Independence Service" is SIS, "Adult Social Care and
/// Health" ASCH, "children and young people" CYP. Papers write a name in full and define its letters once; officers ask
/// by the letters. Joining words ("and", "of", "for", "the") are left out, as initialisms mostly leave them; any mark
/// but a space, a comma or an ampersand ends a name.</summary>
public static class Initialisms
{
    private const int MinLetters = 3;
    private const int MaxLetters = 5;

    /// <summary>The first letters of the text's words, lower case, with '|' where a name cannot go on.</summary>
    public static string Letters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var letters = new StringBuilder(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetter(c))
            {
                if (!(c is ' ' or ',' or '&' or '\t') && (letters.Length == 0 || letters[^1] != '|'))
                {
                    letters.Append('|');
                }

                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '\u2019' or '-'))
            {
                i++;
            }

            if (!IsJoiner(text.AsSpan(start, i - start)))
            {
                letters.Append(char.ToLowerInvariant(c));
            }
        }

        return letters.ToString();
    }

    /// <summary>True when <paramref name="stem"/> (3 to 5 letters) is the initials of consecutive words of a text whose
    /// <see cref="Letters"/> are given.</summary>
    public static bool Spells(string letters, string stem)
    {
        ArgumentNullException.ThrowIfNull(letters);
        ArgumentNullException.ThrowIfNull(stem);
        return stem.Length is >= MinLetters and <= MaxLetters && IsLetters(stem) && letters.Contains(stem, StringComparison.Ordinal);
    }

    private static bool IsLetters(string stem)
    {
        foreach (var c in stem)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for the joining words initialisms leave out ("and", "of", "for", "the").</summary>
    public static bool IsJoiner(ReadOnlySpan<char> word) =>
        word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("of", StringComparison.OrdinalIgnoreCase)
        || word.Equals("for", StringComparison.OrdinalIgnoreCase) || word.Equals("the", StringComparison.OrdinalIgnoreCase);
}
