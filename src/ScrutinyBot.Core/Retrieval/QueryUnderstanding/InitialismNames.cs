using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>The name an initialism the question asks by stands for, as the papers write it: "LTP5" is "Local Transport
/// Plan 5" in the paper that defines it, and the minutes of the debate may write only the name. Read from the texts
/// that use the letters (<see cref="Initialisms"/> reads the same letters from a name).</summary>
public static partial class InitialismNames
{
    /// <summary>The question's words written as capitals ("LTP5", "NCSCPs", "CP"), lower case as the index holds them.</summary>
    public static IReadOnlyList<string> Asked(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return CapitalWord().Matches(question).Select(m => m.Groups["letters"].Value.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The words of the text whose initials (joining words passed over) and closing number spell the
    /// initialism, lower case; null when none do.</summary>
    public static string? In(string text, string initialism)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(initialism);
        var letters = initialism.TrimEnd("0123456789".ToCharArray());
        var number = initialism[letters.Length..];
        if (letters.Length < 2)
        {
            return null;
        }

        if (letters.Length == 2)
        {
            // Two letters spell many pairs of words ("CP": "County Plan", "Cabinet Paper"): only the words a paper
            // defines them by count, "Child Protection (CP)".
            return Defined(text, letters);
        }

        var words = Word().Matches(text).Select(m => m.Value).ToList();
        for (var start = 0; start < words.Count; start++)
        {
            var (at, matched) = (start, 0);
            while (at < words.Count && matched < letters.Length)
            {
                if (matched > 0 && Initialisms.IsJoiner(words[at]))
                {
                    at++;
                    continue;
                }

                if (words[at].Length < 2 || char.ToLowerInvariant(words[at][0]) != letters[matched])
                {
                    break;
                }

                (at, matched) = (at + 1, matched + 1);
            }

            if (matched == letters.Length && (number.Length == 0 || (at < words.Count && words[at] == number)))
            {
                var end = number.Length == 0 ? at : at + 1;
                return string.Join(' ', words[start..end]).ToLowerInvariant();
            }
        }

        return null;
    }

    private static string? Defined(string text, string letters)
    {
        foreach (Match m in DefiningBracket().Matches(text))
        {
            if (string.Equals(m.Groups["letters"].Value, letters, StringComparison.OrdinalIgnoreCase)
                && char.ToLowerInvariant(m.Groups["first"].Value[0]) == letters[0] && char.ToLowerInvariant(m.Groups["second"].Value[0]) == letters[1])
            {
                return $"{m.Groups["first"].Value} {m.Groups["second"].Value}".ToLowerInvariant();
            }
        }

        return null;
    }

    /// <summary>The question's words written as capitals: two to five letters, a number after them or not, a plural
    /// "s" or not.</summary>
    [GeneratedRegex(@"\b(?<letters>[A-Z]{2,5}[0-9]{0,2})s?\b")]
    private static partial Regex CapitalWord();

    [GeneratedRegex(@"\b(?<first>[A-Za-z][a-z]+)\s+(?<second>[A-Za-z][a-z]+)\s+\((?<letters>[A-Za-z]{2})\)")]
    private static partial Regex DefiningBracket();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*")]
    private static partial Regex Word();
}
