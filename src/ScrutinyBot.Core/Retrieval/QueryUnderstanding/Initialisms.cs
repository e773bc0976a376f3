using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>The initialisms a text's capitalised names make: "Strengthening Independence Service" is SIS, "Adult
/// Social Care and Health" ASCH. Papers write a name in full and define its letters once; officers ask by the letters.
/// Joining words ("and", "of", "for", "the", "&amp;") are left out, as initialisms mostly leave them.</summary>
public static partial class Initialisms
{
    private const int MinLetters = 3;
    private const int MaxLetters = 6;

    /// <summary>Lower-case initialisms of every run of 3 to 6 consecutive capitalised words in the text.</summary>
    public static IEnumerable<string> In(string text)
    {
        foreach (Match run in CapitalisedRun().Matches(text))
        {
            var initials = Word().Matches(run.Value).Where(w => !Joiners.Contains(w.Value)).Select(w => char.ToLowerInvariant(w.Value[0])).ToArray();
            for (var start = 0; start + MinLetters <= initials.Length; start++)
            {
                for (var length = MinLetters; length <= MaxLetters && start + length <= initials.Length; length++)
                {
                    yield return new string(initials, start, length);
                }
            }
        }
    }

    private static readonly HashSet<string> Joiners = new(StringComparer.OrdinalIgnoreCase) { "and", "of", "for", "the", "&" };

    [GeneratedRegex(@"\b[A-Za-z][\w'\u2019-]*(?:,?\s+&?\s*[A-Za-z][\w'\u2019-]*){2,}")]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"\b[A-Za-z][\w'\u2019-]*")]
    private static partial Regex Word();
}
