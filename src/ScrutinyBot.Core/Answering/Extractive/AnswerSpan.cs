namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>Grows a chosen sentence into what a reader needs with it: the list it introduces, the next items of the
/// numbered or lettered list it belongs to, or the sentences after it that lean on it ("This gave us ...").</summary>
public static class AnswerSpan
{
    /// <param name="passageUnits">The units of the seed's passage in reading order (index = position).</param>
    /// <param name="minUnits">Units the span takes even when the next one does not lean on the seed (the first,
    /// best span reads better with the sentence after it: "...targets for X. The team aim to attract 660 ...").</param>
    public static IReadOnlyList<AnswerUnit> Grow(IReadOnlyList<AnswerUnit> passageUnits, AnswerUnit seed, int budget, int minUnits = 1)
    {
        var span = new List<AnswerUnit> { seed };
        var length = seed.Text.Length;
        var introducesList = UnitShape.IntroducesList(seed.Text);
        var inEnumeration = !introducesList && UnitShape.IsEnumeratedItem(seed.Text);
        for (var i = seed.Index + 1; i < passageUnits.Count; i++)
        {
            var next = passageUnits[i];
            var wanted = Continues(next, introducesList, inEnumeration)
                || (span.Count < minUnits && !UnitShape.IsNumberedParagraph(next.Text) && !UnitShape.IntroducesList(next.Text));
            if (length + next.Text.Length + 1 > budget || !wanted)
            {
                break;
            }

            span.Add(next);
            length += next.Text.Length + 1;
        }

        return span;
    }

    private static bool Continues(AnswerUnit next, bool introducesList, bool inEnumeration)
    {
        if (introducesList)
        {
            return !(next.StartsLine && (UnitShape.IsNumberedParagraph(next.Text) || next.Text.EndsWith(':')));
        }

        if (inEnumeration)
        {
            return UnitShape.IsEnumeratedItem(next.Text) || (!next.StartsLine && !UnitShape.IsNumberedParagraph(next.Text));
        }

        return UnitShape.LeansOnPrevious(next.Text);
    }
}
