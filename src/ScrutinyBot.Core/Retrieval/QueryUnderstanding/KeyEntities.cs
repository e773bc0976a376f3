using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>The things a question is pinned to that an answer must be about: the years it names and the proper
/// names it writes with a capital inside the sentence (places, people, bodies: "Nottingham", "Mr Watkins",
/// "Ofsted"). Passages that never name one of them answer a different question, however well they cover the rest.</summary>
public static partial class KeyEntities
{
    /// <summary>Years ("2021") and lower-case proper names, in question order, distinct; the committee the question
    /// names, dates' month and day names and chat filler are left out.</summary>
    public static IReadOnlyList<string> Of(QueryAnalysis analysis)
    {
        var committeeWords = analysis.Committee is null
            ? new HashSet<string>(StringComparer.Ordinal)
            : TextTerms.Tokenize(analysis.Committee).ToHashSet(StringComparer.Ordinal);
        var entities = new List<string>();
        foreach (Match m in Year().Matches(analysis.Text))
        {
            entities.Add(m.Value);
        }

        foreach (Match m in ProperName().Matches(analysis.Text))
        {
            var word = m.Groups["w"].Value.ToLowerInvariant();
            if (m.Index > 0 && !StopWords.Contains(word) && !committeeWords.Contains(word) && DateExpressionParser.Parse(m.Value).Count == 0 && !IsMonthOrDay(word))
            {
                entities.Add(word);
            }
        }

        return entities.Distinct(StringComparer.Ordinal).ToList();
    }

    private static bool IsMonthOrDay(string word) => MonthOrDay().IsMatch(word);

    [GeneratedRegex(@"\b(19|20)\d\d\b")]
    private static partial Regex Year();

    /// <summary>A capitalised word of four letters or more after the first word ("Nottingham", "Watkins").</summary>
    [GeneratedRegex(@"(?<=\s)(?<w>[A-Z][a-z]{3,})(?:'s)?\b")]
    private static partial Regex ProperName();

    [GeneratedRegex(@"^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$|^(mon|tues|wednes|thurs|fri|satur|sun)day$")]
    private static partial Regex MonthOrDay();
}
