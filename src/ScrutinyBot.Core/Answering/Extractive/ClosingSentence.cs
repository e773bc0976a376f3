namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>"What did the s151 officer conclude?": a minute item or a statement ends on its judgement ("The
/// assessment was that the budget estimates were robust…"), often after the words that matched the question. The
/// answer's first span gains the last sentence of its paragraph when it stops short of it.</summary>
internal static class ClosingSentence
{
    /// <summary>How far past the span the paragraph is read for its end (into the next chunk too).</summary>
    private const int ReachChars = 1500;

    public static IReadOnlyList<AnswerUnit> Add(IReadOnlyList<AnswerUnit> span, IReadOnlyList<AnswerUnit> passageUnits, Retrieval.RetrievalResult result, int maxChars)
    {
        AnswerUnit? closing = null;
        foreach (var unit in UnitsAfter.Of(span[^1], passageUnits, result, ReachChars))
        {
            if (StartsNewBlock(unit))
            {
                break;
            }

            closing = unit;
        }

        var length = span.Sum(u => u.Text.Length + 6);
        return closing is null || length + closing.Text.Length + 6 > maxChars || !UnitShape.ReadsAsSentence(closing.Text)
            ? span
            : [.. span, closing];
    }

    /// <summary>The next numbered item or paragraph, a list, or a heading: the paragraph has ended.</summary>
    private static bool StartsNewBlock(AnswerUnit unit) =>
        unit.StartsLine && (UnitShape.IsEnumeratedItem(unit.Text) || UnitShape.IsNumberedParagraph(unit.Text) || UnitShape.IntroducesList(unit.Text) || !UnitShape.ReadsAsSentence(unit.Text));
}
