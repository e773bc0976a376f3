using System.Text.RegularExpressions;
using ScrutinyBot.Core.Retrieval;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>The second question a question ends with: "which committee looked at the plan before Cabinet, and when?",
/// "what are the receipts used for, and how much?". The sentences chosen for the first part seldom hold the second's
/// answer (a date, a figure, a name), so the best sentence that does is added.</summary>
public static partial class SecondPart
{
    /// <summary>The second question on its own ("when?", "how much?", "when is it meant to move over?", "where was it
    /// coming from?"), or null when the question asks one thing.</summary>
    public static string? Of(string question)
    {
        var match = Trailing().Match(question);
        return match.Success ? match.Groups["second"].Value.Trim() : null;
    }

    /// <summary>The chosen units, with the best unit holding the second part's kind of answer added when none of them
    /// holds it; the last chosen units give way when the answer would be too long.</summary>
    public static List<AnswerUnit> Added(List<AnswerUnit> chosen, IReadOnlyList<AnswerUnit> units, RetrievalResult result, IReadOnlySet<string> notNames, int maxChars)
    {
        if (Of(result.Analysis.Text) is not { } second)
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

    [GeneratedRegex(@"\S.{10,}?(,\s*|\s)and\s+(?<second>(when|where|why|how|who|what|which)\b[^?]*\??)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Trailing();
}
