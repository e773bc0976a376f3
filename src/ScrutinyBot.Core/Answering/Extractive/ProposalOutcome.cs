using System.Text.RegularExpressions;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>"What happened to the amendment …?": minutes set out a motion or amendment ("Mr A proposed and Mr B
/// seconded …"), then its text, the debate and the vote, and only then the outcome ("Amendment lost"). An answer that
/// quotes the proposal also quotes the first outcome after it, before another proposal starts.</summary>
public static partial class ProposalOutcome
{
    /// <summary>The outcome unit that follows a chosen proposal in its passage, with the vote that leads to it when it
    /// fits, or nothing.</summary>
    public static IReadOnlyList<AnswerUnit> After(IReadOnlyList<AnswerUnit> passageUnits, IReadOnlyCollection<AnswerUnit> chosen, int budget)
    {
        // The proposal chosen, or else the one the chosen text belongs to ("Mr A proposed … the following amendment:"
        // before the amendment's wording), or one that directly follows it ("The decision was discussed at Scrutiny
        // Committee on 29 January. The options for the Committee were: …").
        var first = chosen.Min(u => u.Index);
        var last = chosen.Max(u => u.Index);
        var proposal = chosen.Where(u => IsProposal(u.Text)).OrderBy(u => u.Index).FirstOrDefault()
            ?? passageUnits.Where(u => u.Index <= first && u.Passage == chosen.First().Passage && IsProposal(u.Text)).MaxBy(u => u.Index)
            ?? passageUnits.Where(u => u.Index > last && u.Index <= last + 2 && u.Passage == chosen.First().Passage && IsProposal(u.Text)).MinBy(u => u.Index);
        if (proposal is null)
        {
            return [];
        }

        for (var i = proposal.Index + 1; i < passageUnits.Count; i++)
        {
            var unit = passageUnits[i];
            if (IsOutcome(unit.Text))
            {
                // "Option d) was agreed": the option's own words, set out between the proposal and the outcome.
                if (OptionChosen().Match(unit.Text) is { Success: true } option
                    && passageUnits.Skip(proposal.Index + 1).Take(i - proposal.Index - 1).LastOrDefault(u => OptionItem(option.Groups["id"].Value).IsMatch(u.Text)) is { } chosenOption
                    && chosenOption.Text.Length + unit.Text.Length <= budget)
                {
                    return [chosenOption, unit];
                }

                var vote = i > 0 && PutToTheVote().IsMatch(passageUnits[i - 1].Text) && passageUnits[i - 1].Text.Length + unit.Text.Length <= budget
                    ? passageUnits[i - 1]
                    : null;
                return vote is null ? [unit] : [vote, unit];
            }

            if (IsProposal(unit.Text) && !PutToTheVote().IsMatch(unit.Text))
            {
                return [];
            }
        }

        return [];
    }

    public static bool IsProposal(string text) => Proposal().IsMatch(text);

    private static Regex OptionItem(string id) => new($@"(^|\s)\(?{Regex.Escape(id)}\)\s", RegexOptions.IgnoreCase);

    public static bool IsOutcome(string text) => Outcome().IsMatch(text);

    /// <summary>"How did the vote go on the vapes motion?": the question is about a motion, an amendment or a vote,
    /// so only papers that record how it ended answer it.</summary>
    public static bool AsksAboutAVote(string question) => VoteWords().IsMatch(question) || IntentDetector.AsksWhetherDecided(question);

    /// <summary>True when some unit records how a proposal ended: an outcome, or what was resolved.</summary>
    public static bool AnyRecorded(IEnumerable<AnswerUnit> units) => units.Any(u => IsOutcome(u.Text) || Resolved().IsMatch(u.Text));

    // "Mr A proposed, and Mr B seconded", "It was moved by Cllr A and seconded by …", "proposed the following
    // amendment", "put the amendment to the vote", "the options for the Committee were:" — not a form's "Proposed Purpose: this amendment …".
    [GeneratedRegex(@"\b(proposed|moved)\b,?\s+(and|by)\b[^.]{0,80}\bseconded\b|\b(proposed|moved)\b[^.:]{0,40}\bthe following (amendment|motion)\b|\bput\b[^.]{0,100}\bto the vote\b|\boptions\b[^.]{0,60}\b(were|are)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Proposal();

    [GeneratedRegex(@"\bput\b[^.]{0,100}\bto the vote\b", RegexOptions.IgnoreCase)]
    private static partial Regex PutToTheVote();

    [GeneratedRegex(@"\b(amendment|motion|proposal|recommendations?|option(\s+\(?[a-z0-9]\))?)\s+(was\s+|were\s+|is\s+)?(carried|lost|agreed|defeated|fell|withdrawn|not carried|rejected)\b|(^|[-–]\s+)(carried|lost|fell|not carried)\b|\bit was (agreed|carried|lost|defeated)\b|\b(carried|lost|agreed) unanimously\b", RegexOptions.IgnoreCase)]
    private static partial Regex Outcome();

    [GeneratedRegex(@"\b(motion|motions|amendment|amendments|vote|voted|voting)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VoteWords();

    [GeneratedRegex(@"\boption\s+\(?(?<id>[a-z0-9])\)?\s+(was|were|is)\s+(agreed|chosen|approved|carried|selected)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OptionChosen();

    [GeneratedRegex(@"\bresolved\b", RegexOptions.IgnoreCase)]
    private static partial Regex Resolved();
}
