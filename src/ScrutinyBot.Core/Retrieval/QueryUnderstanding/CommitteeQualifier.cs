using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>The proper name written just before the committee's name: "the Notts Children &amp; Families select
/// committee", "the Kent Cabinet". It says whose committee it is (the council, the place), not what is asked about it.</summary>
public static partial class CommitteeQualifier
{
    /// <returns>The stem of that word, or null when the committee's name follows no capitalised word.</returns>
    public static string? Stem(string question, string? committee)
    {
        if (committee is null)
        {
            return null;
        }

        var names = TextTerms.Tokenize(committee).Select(TextTerms.Stem).ToHashSet(StringComparer.Ordinal);
        var words = Word().Matches(question);
        for (var i = 1; i < words.Count; i++)
        {
            var word = words[i].Value;
            var isAcronym = word.Length >= 2 && word.All(c => char.IsUpper(c) || c == '&');
            if (!isAcronym && !names.Contains(TextTerms.Stem(word.ToLowerInvariant())))
            {
                continue;
            }

            var before = words[i - 1].Value;
            return i - 1 > 0 && char.IsUpper(before[0]) && !names.Contains(TextTerms.Stem(before.ToLowerInvariant()))
                ? TextTerms.Stem(before.ToLowerInvariant())
                : null;
        }

        return null;
    }

    [GeneratedRegex(@"[\p{L}\p{N}&'\u2019]+")]
    private static partial Regex Word();
}
