using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>The stems a question writes more than once as ordinary lower-case words ("if Kent gets a mayor,
/// how much would the mayor be paid?"): what the asker comes back to is what the question is about. A word
/// that is once part of a capitalised name ("did No Use Empty bring homes back into use?") is not counted
/// twice, as the name's word is not the asker's topic.</summary>
public static partial class RepeatedWords
{
    public static IReadOnlySet<string> Stems(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return LowerCaseWord().Matches(question)
            .Select(m => TextTerms.Stem(m.Value))
            .GroupBy(stem => stem, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\b[a-z][a-z']*")]
    private static partial Regex LowerCaseWord();
}
