using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Extraction.Trackers;

/// <summary>
/// Classifies a tracker response: blank, "nothing yet", "no response", "awaiting response" = none;
/// a holding reply ("will be provided", "waiting for further", "to follow", "not yet available", "no further
/// information at present", "this is ongoing work which the Committee will consider in March", "a scoping meeting is
/// scheduled", "is being explored") = partial;
/// anything else = responded. A response is partial only when all it says is holding: one that also reports what was
/// done has responded.
/// </summary>
internal static partial class ResponseClassifier
{
    public static ResponseStatus Classify(string? response)
    {
        var text = (response ?? string.Empty).Trim();
        if (text.Count(char.IsLetter) < 3 || NoneWhole().IsMatch(text) || (text.Length < 160 && NonePhrase().IsMatch(text)))
        {
            return ResponseStatus.None;
        }

        // A reply is a holding one when all it says is holding; one that also reports what was done has responded.
        var sentences = SentenceBreak().Split(text).Where(s => s.Count(char.IsLetter) > 10).ToList();
        return sentences.Count > 0 && sentences.All(s => Holding().IsMatch(s) || NonePhrase().IsMatch(s))
            ? ResponseStatus.Partial : ResponseStatus.Responded;
    }

    [GeneratedRegex(@"^(?:-+|–|n/?a|tbc|tbd|none|nil|no|pending|awaiting|awaited|outstanding|no response|(?:none|nothing) (?:yet )?received|nothing yet|not yet (?:received|responded|due))\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex NoneWhole();

    [GeneratedRegex(@"\b(?:no\s+response\s+(?:has\s+been\s+|yet\s+|was\s+)?(?:received|given|provided)?|nothing\s+(?:yet|received|to\s+report)|awaiting\s+(?:a\s+|the\s+)?(?:response|reply)|response\s+(?:is\s+)?(?:awaited|outstanding|pending|not\s+yet\s+received)|not\s+yet\s+responded|yet\s+to\s+(?:respond|be\s+received))\b", RegexOptions.IgnoreCase)]
    private static partial Regex NonePhrase();

    [GeneratedRegex(@"\b(?:holding\s+(?:reply|response)|interim\s+(?:reply|response)|partial(?:ly)?\s+(?:response|responded|provided|information)|will\s+be\s+(?:provided|circulated|sent|shared|forwarded|supplied)|(?:waiting|awaiting)\s+(?:for\s+)?further|(?:further|full)\s+(?:information|response|update|detail)s?\s+(?:will|to)\s+(?:follow|be\s+provided)|to\s+follow\b|no\s+further\s+(?:detailed\s+)?information\b.{0,80}\b(?:yet|at\s+(?:present|this\s+(?:time|stage|point)))\b|not\s+yet\s+(?:available|finalised|complete|known)|in\s+due\s+course|(?:this\s+is\s+|as\s+)?(?:part\s+of\s+)?ongoing\s+work|work\s+(?:is|remains)\s+ongoing|in\s+the\s+meantime|(?:are|is)\s+(?:still\s+)?working\s+(?:to|on|towards)\b|(?:is|are)\s+(?:currently\s+)?being\s+(?:considered|explored|reviewed|developed|scoped|worked\s+on)|(?:meeting|session|workshop|review|visit)\s+(?:is|has\s+been)\s+(?:being\s+)?(?:scheduled|arranged|planned|booked)|scoping\s+(?:meeting|work|exercise)|will\s+(?:be\s+)?(?:consider(?:ed)?|report(?:ed)?|return(?:ed)?|come\s+back|brought\s+back|update[ds]?)\b.{0,60}\b(?:in|at|by|to)\s+(?:the\s+)?(?:\w+\s+){0,3}(?:January|February|March|April|May|June|July|August|September|October|November|December|meeting|committee|spring|summer|autumn|winter|20\d\d)|(?:is|are)\s+due\s+to\s+(?:report|be\s+(?:considered|presented|reported)|come))", RegexOptions.IgnoreCase)]
    private static partial Regex Holding();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceBreak();
}
