using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>The second question a question ends with (<see cref="SecondQuestion"/>): "which committee looked at the
/// plan before Cabinet, and when?". The sentences chosen for the first part seldom hold the second's
/// answer (a date, a figure, a name), so the best sentence that does is added.</summary>
public static class SecondPart
{
    /// <summary>The chosen units, with the best unit holding the second part's kind of answer added when none of them
    /// holds it; the last chosen units give way when the answer would be too long.</summary>
    public static List<AnswerUnit> Added(List<AnswerUnit> chosen, IReadOnlyList<AnswerUnit> units, RetrievalResult result, IReadOnlySet<string> notNames, int maxChars)
    {
        if (SecondQuestion.Of(result.Analysis.Text) is not { } second)
        {
            return chosen;
        }

        var asked = result.Analysis with { Text = second };
        var holding = AnswerTypeCheck.Expected(asked) == ExpectedAnswer.Anything ? [] : AnswerTypeCheck.HoldingUnits(asked, units, result.StemWeights, notNames);
        var best = holding.Where(u => u.Score > 0).MaxBy(u => u.Score);
        if (best is null || chosen.Any(holding.Contains))
        {
            return chosen;
        }

        var kept = chosen.ToList();
        while (kept.Count > 1 && kept.Sum(u => u.Text.Length + 6) + best.Text.Length + 6 > maxChars)
        {
            kept.RemoveAt(kept.Count - 1);
        }

        kept.Add(best);
        return kept;
    }
}
