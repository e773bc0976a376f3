using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>Items further down a list than an answer can quote in one run, that hold what the question asks and the
/// quoted run lacks: "(27) RESOLVED … (c) the net revenue budget …" gains "(f) the total Council Tax requirement",
/// two items and a page later, without the items between.</summary>
internal static class LaterListItems
{
    /// <summary>How far past the quoted run (into the next chunk too) a list is read.</summary>
    private const int ReachChars = 2500;

    /// <summary>An item counts only when it holds this share of the question's weight the run lacks, or a pair of
    /// question words side by side ("tax requirement").</summary>
    private const double MinShare = 0.15;

    public static IReadOnlyList<AnswerUnit> Add(IReadOnlyList<AnswerUnit> run, IReadOnlyList<AnswerUnit> passageUnits, RetrievalResult result, int maxChars)
    {
        var weights = result.StemWeights;
        var missing = weights.Where(w => !run.Any(u => CoverageCalculator.Contains(u.Stems, w.Key))).ToDictionary(w => w.Key, w => w.Value, StringComparer.Ordinal);
        if (missing.Count == 0 || run.Count == 0)
        {
            return run;
        }

        var asked = WordPairs.Of(result.Analysis.Text, weights);
        asked.ExceptWith(run.SelectMany(u => WordPairs.Of(u.Text, weights)));
        var total = weights.Values.Sum();
        var length = run.Sum(u => u.Text.Length + 6);
        var added = new List<AnswerUnit>();
        foreach (var item in UnitsAfter.Of(run[^1], passageUnits, result, ReachChars).Where(u => UnitShape.IsEnumeratedItem(u.Text))
            .Select(u => (Unit: u, Value: Value(u, missing, asked, weights, total)))
            .Where(x => x.Value >= MinShare)
            .OrderByDescending(x => x.Value)
            .Select(x => x.Unit))
        {
            if (length + item.Text.Length + 6 > maxChars || Value(item, missing, asked, weights, total) < MinShare)
            {
                continue;
            }

            added.Add(item);
            length += item.Text.Length + 6;
            foreach (var stem in missing.Keys.Where(k => CoverageCalculator.Contains(item.Stems, k)).ToList())
            {
                missing.Remove(stem);
            }

            asked.ExceptWith(WordPairs.Of(item.Text, weights));
        }

        return added.Count == 0 ? run : [.. run, .. added.OrderBy(u => u.Index)];
    }

    private static double Value(AnswerUnit unit, IReadOnlyDictionary<string, double> missing, IReadOnlySet<string> asked, IReadOnlyDictionary<string, double> weights, double total)
    {
        var share = total <= 0 ? 0 : missing.Where(w => CoverageCalculator.Contains(unit.Stems, w.Key)).Sum(w => w.Value) / total;
        return share > 0 && WordPairs.Of(unit.Text, weights).Overlaps(asked) ? share + 1 : share;
    }
}
