using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Extraction.Trackers;

/// <summary>
/// Classifies a tracker response: blank, "nothing yet", "no response", "awaiting response" = none;
/// a holding reply ("will be provided", "waiting for further", "to follow", "not yet available", "no further
/// information at present") = partial;
/// anything else = responded. A response shared by several recommendations is partial only when all it says is holding.
/// </summary>
internal static partial class ResponseClassifier
{
    public static ResponseStatus Classify(string? response, bool shared)
    {
        var text = (response ?? string.Empty).Trim();
        if (text.Count(char.IsLetter) < 3 || NoneWhole().IsMatch(text) || (text.Length < 160 && NonePhrase().IsMatch(text)))
        {
            return ResponseStatus.None;
        }

        if (!shared)
        {
            return Holding().IsMatch(text) ? ResponseStatus.Partial : ResponseStatus.Responded;
        }

        var sentences = SentenceBreak().Split(text).Where(s => s.Count(char.IsLetter) > 10).ToList();
        return sentences.Count > 0 && sentences.All(s => Holding().IsMatch(s) || NonePhrase().IsMatch(s))
            ? ResponseStatus.Partial : ResponseStatus.Responded;
    }

    [GeneratedRegex(@"^(?:-+|–|n/?a|tbc|tbd|none|nil|no|pending|awaiting|awaited|outstanding|no response|nothing (?:yet|received)|not yet (?:received|responded|due))\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex NoneWhole();

    [GeneratedRegex(@"\b(?:no\s+response\s+(?:has\s+been\s+|yet\s+|was\s+)?(?:received|given|provided)?|nothing\s+(?:yet|received|to\s+report)|awaiting\s+(?:a\s+|the\s+)?(?:response|reply)|response\s+(?:is\s+)?(?:awaited|outstanding|pending|not\s+yet\s+received)|not\s+yet\s+responded|yet\s+to\s+(?:respond|be\s+received))\b", RegexOptions.IgnoreCase)]
    private static partial Regex NonePhrase();

    [GeneratedRegex(@"\b(?:holding\s+(?:reply|response)|interim\s+(?:reply|response)|partial(?:ly)?\s+(?:response|responded|provided|information)|will\s+be\s+(?:provided|circulated|sent|shared|forwarded|supplied)|(?:waiting|awaiting)\s+(?:for\s+)?further|(?:further|full)\s+(?:information|response|update|detail)s?\s+(?:will|to)\s+(?:follow|be\s+provided)|to\s+follow\b|no\s+further\s+(?:detailed\s+)?information\b.{0,80}\b(?:yet|at\s+(?:present|this\s+(?:time|stage|point)))\b|not\s+yet\s+(?:available|finalised|complete|known)|in\s+due\s+course)", RegexOptions.IgnoreCase)]
    private static partial Regex Holding();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceBreak();
}
