using ScrutinyBot.Core.Retrieval;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>Reading on past a passage: the units after one of its units, through the rest of the next chunk.</summary>
internal static class UnitsAfter
{
    /// <summary>The units after <paramref name="last"/>: the rest of its passage, then the rest of the next chunk,
    /// within <paramref name="reachChars"/>.</summary>
    public static IEnumerable<AnswerUnit> Of(AnswerUnit last, IReadOnlyList<AnswerUnit> passageUnits, RetrievalResult result, int reachChars)
    {
        var length = 0;
        foreach (var unit in passageUnits.Where(u => u.Index > last.Index))
        {
            if ((length += unit.Text.Length) > reachChars)
            {
                yield break;
            }

            yield return unit;
        }

        if (!result.Following.TryGetValue(last.Passage.Hit.ChunkId, out var next))
        {
            yield break;
        }

        var index = passageUnits.Count == 0 ? 0 : passageUnits.Max(u => u.Index) + 1;
        var seen = passageUnits.Select(u => u.Text).ToHashSet(StringComparer.Ordinal);
        foreach (var unit in SentenceSplitter.SplitWithLayout(RecordedVotes.WithoutNames(next)).Where(u => !seen.Contains(u.Text)))
        {
            if ((length += unit.Text.Length) > reachChars)
            {
                yield break;
            }

            yield return new AnswerUnit(last.Passage, index++, unit.Text, 0, CoverageCalculator.Stems(unit.Text), unit.StartsLine);
        }
    }
}
