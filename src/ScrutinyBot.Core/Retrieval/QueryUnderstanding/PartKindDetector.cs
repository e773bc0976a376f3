using System.Text.RegularExpressions;
using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>The part of a pack a question points at: "minutes", "the tracker", "work programme", "forward plan"...</summary>
public static partial class PartKindDetector
{
    public static PartKind? Detect(string question)
    {
        var q = question.ToLowerInvariant();
        if (WorkProgramme().IsMatch(q))
        {
            // "What did the committee ask to be added to its work programme?" asks what a meeting did: the minutes
            // say so, the work programme may not yet; no part is preferred.
            return MeetingAct().IsMatch(q) ? null : PartKind.WorkProgramme;
        }

        if (Tracker().IsMatch(q))
        {
            return PartKind.Tracker;
        }

        if (Minutes().IsMatch(q))
        {
            return PartKind.Minutes;
        }

        if (Appendix().IsMatch(q))
        {
            return PartKind.Appendix;
        }

        return Agenda().IsMatch(q) ? PartKind.FrontSheet : null;
    }

    [GeneratedRegex(@"\bwork ?programme\b|\bforward plan\b|\bwork ?plan\b|\bfuture agenda items?\b")]
    private static partial Regex WorkProgramme();

    [GeneratedRegex(@"\b(did|was|were|had)\b.*\b(ask|asked|agree|agreed|resolve|resolved|decide|decided|request|requested|add|added|suggest|suggested|propose|proposed)\b")]
    private static partial Regex MeetingAct();

    [GeneratedRegex(@"\btracker\b|\baction log\b|\brecommendation log\b")]
    private static partial Regex Tracker();

    [GeneratedRegex(@"\bminutes?\b")]
    private static partial Regex Minutes();

    [GeneratedRegex(@"\bappendi(x|ces)\b|\bannex\b")]
    private static partial Regex Appendix();

    [GeneratedRegex(@"\bagenda\b|\bfront sheet\b")]
    private static partial Regex Agenda();
}
