using System.Text.RegularExpressions;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>Whether a unit gives a figure beside what the question counts, not dated to another year.</summary>
public static partial class FigureAnswers
{
    /// <summary>Telling words (stop words aside) either side of a figure within which the question's subject must be
    /// named.</summary>
    private const int FigureReach = 6;

    /// <summary>A figure beside a question word, not dated to another year than the one asked: by the years its
    /// sentence names ("As at 31st March 2021 596 children were subject to a plan" does not say how many there were in
    /// March 2022), or, when it names none, by its meeting's year (a paper gives the figures of its year and the one
    /// before).</summary>
    internal static bool IsGivenIn(AnswerUnit unit, IReadOnlyDictionary<string, double> weights, IReadOnlyList<int> askedYears, string question)
    {
        var counted = CountedThing(question, weights);
        var subject = counted is null || NumberOf(unit.Text, counted) || WritesOut(unit.Text, counted) ? weights : counted;
        return QuantityText.HasFigureNear(unit.Text, word => IsQuestionWord(word, subject), FigureReach, question: question, moneyOnly: QuantityText.AsksForMoney(question), percentOnly: QuantityText.AsksForPercentage(question), perItem: PerItemFigures.Item(question)) && !FigureYears.DatedOtherwise(unit, askedYears);
    }

    /// <summary>"How many ANPR cameras would the amendment have bought?" counts cameras: a count beside the amendment
    /// ("For (13)", "Number: 8") is another count. The question's words naming what is counted, those after "how
    /// many" up to its verb; null when it counts nothing named ("how many people", "how many times"). Measured on
    /// held-out questions, a count under a heading naming the thing ("Foster carers … Approved: 41.") may not stand
    /// for it: the heading over a budget amendment's "For (13)" names the cameras it would buy.</summary>
    private static Dictionary<string, double>? CountedThing(string question, IReadOnlyDictionary<string, double> weights)
    {
        if (CountedPhrase().Match(question) is not { Success: true } m)
        {
            return null;
        }

        var stems = CountedWords(m.Groups["phrase"].Value).Take(4).SelectMany(w => w).Select(TextTerms.Stem).ToHashSet(StringComparer.Ordinal);
        var counted = weights.Where(w => stems.Contains(w.Key)).ToDictionary(w => w.Key, w => w.Value, StringComparer.Ordinal);
        return counted.Count == 0 || stems.Overlaps(GenericCounts) ? null : counted;
    }

    /// <summary>The words naming what is counted, up to the first word that says nothing ("cameras would the
    /// amendment buy"); a name is one word, small words and all ("No Recourse to Public Funds families").</summary>
    private static IEnumerable<IReadOnlyList<string>> CountedWords(string phrase)
    {
        foreach (Match m in PhraseWord().Matches(phrase))
        {
            var tokens = TextTerms.Tokenize(m.Value);
            if (m.Groups["name"].Success)
            {
                yield return tokens.Where(t => !StopWords.Contains(t)).ToList();
                continue;
            }

            foreach (var token in tokens)
            {
                if (StopWords.Contains(token))
                {
                    yield break;
                }

                yield return [token];
            }
        }
    }

    /// <summary>"The number of enquiries made to the hub in this year was 19,756": the unit says what it counts, however
    /// far the figure is from it.</summary>
    private static bool NumberOf(string text, IReadOnlyDictionary<string, double> counted) =>
        NumberOfText().Matches(text).Any(m => TextTerms.Tokenize(m.Groups["counted"].Value).Any(t => IsQuestionWord(t, counted)));

    /// <summary>"How many CYP had an EHCP?" is answered by "19,407 children and young people with an EHCP": the unit
    /// writes out in full the initials of what is counted, so its figure is read beside the question's other words.</summary>
    private static bool WritesOut(string text, IReadOnlyDictionary<string, double> counted)
    {
        var letters = Initialisms.Letters(text);
        return counted.Keys.Any(stem => Initialisms.Spells(letters, stem));
    }

    private static readonly HashSet<string> GenericCounts = new(new[] { "people", "person", "times", "ones", "others" }.Select(TextTerms.Stem), StringComparer.Ordinal);

    private static bool IsQuestionWord(string word, IReadOnlyDictionary<string, double> weights)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal) { TextTerms.Stem(word) };
        return weights.Keys.Any(q => CoverageCalculator.Contains(stems, q) || Synonyms.For(q).Any(alternative => CoverageCalculator.Contains(stems, alternative)));
    }

    [GeneratedRegex(@"\bhow many\s+(?:of\s+(?:the|their|our|its|these|those)\s+)?(?<phrase>[^?.,;()]*)", RegexOptions.IgnoreCase)]
    private static partial Regex CountedPhrase();

    /// <summary>A name of two or more capitalised words, small words between ("No Recourse to Public Funds"), or a word.</summary>
    [GeneratedRegex(@"(?<name>(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?:of|to|for|and|the|in|on|&)\s+)?(?-i:[A-Z])[\w'’-]*)+)|\S+")]
    private static partial Regex PhraseWord();

    [GeneratedRegex(@"\b(?:number|total|count)\s+of\s+(?<counted>(?:[\w'’-]+\s+){0,3}[\w'’-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex NumberOfText();
}
