using System.Text;

namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>The initialisms a text's names make: "Strengthening Independence Service" is SIS, "Adult Social Care and
/// Health" ASCH, "children and young people" CYP. Papers write a name in full and define its letters once; officers ask
/// by the letters. Joining words ("and", "of", "for", "the") are left out, as initialisms mostly leave them; any mark
/// but a space, a comma or an ampersand ends a name (a line break does not: a PDF wraps a long name's title).</summary>
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
            if (char.IsAsciiDigit(c) && (letters.Length == 0 || letters[^1] != '|'))
            {
                // A number ends a name as a word of it: "Local Transport Plan 5" is LTP5.
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    letters.Append(text[i++]);
                }

                letters.Append('|');
                continue;
            }

            if (!char.IsLetter(c))
            {
                if (!(c is ' ' or ',' or '&' or '\t' or '\n' or '\r') && (letters.Length == 0 || letters[^1] != '|'))
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

    /// <summary>True when <paramref name="stem"/> (3 to 5 letters, and the number a name may end with: "ltp5") is the
    /// initials of consecutive words of a text whose <see cref="Letters"/> are given.</summary>
    public static bool Spells(string letters, string stem)
    {
        ArgumentNullException.ThrowIfNull(letters);
        ArgumentNullException.ThrowIfNull(stem);
        var count = LettersBeforeANumber(stem);
        return count is >= MinLetters and <= MaxLetters && letters.Contains(stem, StringComparison.Ordinal)
            && (count == stem.Length || letters.Contains(stem + "|", StringComparison.Ordinal));
    }

    /// <summary>The letters a stem starts with when the rest is digits (none, or a number the name ends with); 0
    /// otherwise.</summary>
    private static int LettersBeforeANumber(string stem)
    {
        var count = 0;
        while (count < stem.Length && stem[count] is >= 'a' and <= 'z')
        {
            count++;
        }

        for (var i = count; i < stem.Length; i++)
        {
            if (!char.IsAsciiDigit(stem[i]))
            {
                return 0;
            }
        }

        return count;
    }

    /// <summary>True for the joining words initialisms leave out ("and", "of", "for", "the").</summary>
    public static bool IsJoiner(ReadOnlySpan<char> word) =>
        word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("of", StringComparison.OrdinalIgnoreCase)
        || word.Equals("for", StringComparison.OrdinalIgnoreCase) || word.Equals("the", StringComparison.OrdinalIgnoreCase);
}
