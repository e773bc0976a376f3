using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>A vote asked for ("how did the vote go on the amendment?", "how did the councillors vote?") and a vote as
/// minutes record it ("For (15) … Against (43)", "carried unanimously") (<see cref="ExpectedAnswer.Vote"/>).</summary>
public static partial class Votes
{
    public static bool AreAsked(string question) => VoteQuestion().IsMatch(question);

    public static bool AreRecordedIn(string text) => VoteWritten().IsMatch(text);

    [GeneratedRegex(@"\b(what|how)('s|\u2019s|s| was| were| did| is)? (the )?([\w-]+ )?(vote|votes|voting)\b(?! (to|on whether)\b)|\bhow (did|do|will|would) [^?]{1,60}\bvote\b|\bhow [^?]{1,60}\bvoted\b|\bvot(e|ing) (count|figures|numbers|result|breakdown|tally)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VoteQuestion();

    [GeneratedRegex(@"\b(For|Against|Abstain\w*)\s*(\(\d{1,3}\)|:\s*\d{1,3}\b)|\bunanimous(ly)?\b|\bnem\.? ?con\b|\b(carried|lost|defeated|fell)\b|\b\d{1,3} votes?\b|\bvoted\b|\bby \d{1,3} (votes )?to \d{1,3}\b", RegexOptions.IgnoreCase)]
    private static partial Regex VoteWritten();
}
