using System.Text.RegularExpressions;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>Papers written before an event cannot say how it went. "What grade did Ofsted give at the 2025
/// inspection?" over papers that only say "a full inspection is expected in the second half of 2025" is not answered
/// by them: every sentence that names the year asked looks ahead to it.</summary>
public static partial class ForeseenOnly
{
    /// <returns>The year asked about when the question asks how something went in it and every candidate sentence naming
    /// that year looks ahead (and tells of nothing that was); otherwise null.</returns>
    public static int? Year(string question, IEnumerable<AnswerUnit> units)
    {
        if (!PastTense.In(question))
        {
            return null;
        }

        foreach (var year in Years().Matches(question).Select(m => m.Value).Distinct(StringComparer.Ordinal))
        {
            var naming = units.Where(u => Regex.IsMatch(u.Text, $@"\b{year}\b")).Select(u => u.Text).Distinct(StringComparer.Ordinal).ToList();
            if (naming.Count > 0 && naming.All(t => LooksAhead().IsMatch(t) && !PastTense.In(t)))
            {
                return int.Parse(year, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(19|20)\d\d\b")]
    private static partial Regex Years();

    [GeneratedRegex(@"\b(will|shall|expected|expect|expects|anticipate|anticipated|anticipates|planned|plans to|due to|is due|are due|scheduled|forthcoming|upcoming|prior to|ahead of|intends?|likely to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LooksAhead();
}
