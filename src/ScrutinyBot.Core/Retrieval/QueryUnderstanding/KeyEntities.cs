using System.Text.RegularExpressions;
using ScrutinyBot.Core.Retrieval;

namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>The things a question is pinned to that an answer must be about: the years and quarters it names and the proper
/// names it writes with a capital inside the sentence (places, people, bodies: "Nottingham", "Mr Watkins",
/// "Ofsted"). Passages that never name one of them answer a different question, however well they cover the rest.</summary>
public static partial class KeyEntities
{
    /// <summary>Years ("2021") and lower-case proper names, in question order, distinct; the committee the question
    /// names, dates' month and day names, chat filler and the party owning an amendment ("the Greens &amp; Indies
    /// amendment": forms name the proposer, not the party) are left out.</summary>
    public static IReadOnlyList<string> Of(QueryAnalysis analysis)
    {
        var committeeWords = analysis.Committee is null
            ? new HashSet<string>(StringComparer.Ordinal)
            : TextTerms.Tokenize(analysis.Committee).ToHashSet(StringComparer.Ordinal);
        var parties = ContextClauses.PartyStems(analysis.Text);
        var entities = new List<string>();
        foreach (Match m in Year().Matches(analysis.Text))
        {
            entities.Add(m.Value);
        }

        foreach (Match m in QuarterAsked().Matches(analysis.Text))
        {
            entities.Add("q" + (m.Groups["n"].Success ? m.Groups["n"].Value : (Array.IndexOf(Ordinals, m.Groups["ord"].Value.ToLowerInvariant()) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        foreach (Match m in ProperName().Matches(analysis.Text))
        {
            var word = m.Groups["w"].Value.ToLowerInvariant();
            if (m.Index > 0 && !StopWords.Contains(word) && !committeeWords.Contains(word) && !parties.Contains(TextTerms.Stem(word)) && DateExpressionParser.Parse(m.Value).Count == 0 && !DateExpressionParser.IsMonthName(m.Groups["w"].Value) && !Weekdays.IsName(word))
            {
                entities.Add(word);
            }
        }

        return entities.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>True when the text (with these stems) names the entity: a quarter as "Q4", "Quarter 4" or "fourth
    /// quarter", anything else by its stem.</summary>
    public static bool IsNamedIn(string text, IReadOnlySet<string> stems, string entity)
    {
        if (!Quarter().IsMatch(entity))
        {
            return CoverageCalculator.Contains(stems, TextTerms.Stem(entity));
        }

        var n = entity[1] - '0';
        var ordinal = Ordinals[n - 1];
        return Regex.IsMatch(text, $@"\bQ{n}\b|\bQuarter\s*{n}\b|\b{ordinal}\s+quarter\b", RegexOptions.IgnoreCase);
    }

    /// <summary>True for a quarter ("q4") as <see cref="Of"/> gives it.</summary>
    public static bool IsQuarter(string entity) => Quarter().IsMatch(entity);

    private static readonly string[] Ordinals = ["first", "second", "third", "fourth"];

    /// <summary>"Q4": a quarter of the financial year; figures for Q3 do not answer a question about Q4.</summary>
    [GeneratedRegex(@"\b[Qq][1-4]\b")]
    private static partial Regex Quarter();

    /// <summary>A quarter as a question writes it: "Q4", "quarter 4", "the fourth quarter".</summary>
    [GeneratedRegex(@"\b[Qq](?:uarter\s*)?(?<n>[1-4])\b|\b(?<ord>first|second|third|fourth)\s+quarter\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterAsked();

    [GeneratedRegex(@"\b(19|20)\d\d\b")]
    private static partial Regex Year();

    /// <summary>A capitalised word of four letters or more after the first word ("Nottingham", "Watkins"), not the
    /// first word of a later sentence ("… at CYP? Prepping for the budget item"), which any word may be.</summary>
    [GeneratedRegex(@"(?<![.?!]\s+)(?<=\s)(?<w>[A-Z][a-z]{3,})(?:'s)?\b")]
    private static partial Regex ProperName();

}
