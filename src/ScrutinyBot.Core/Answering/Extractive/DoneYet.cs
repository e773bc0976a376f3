using System.Text.RegularExpressions;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>Whether something has been done yet: what the question asks was done, and whether a sentence says it was
/// (or that it has not been), not that it is asked for (<see cref="ExpectedAnswer.Happened"/>).</summary>
public static partial class DoneYet
{
    /// <summary>The past form of what a question asks whether it has been done ("has … signed off … yet?": "signed";
    /// "did full council actually agree …?": "agreed"; the question in lower case); null when it asks no such thing or
    /// the verb's past is not regular.</summary>
    public static string? Asked(string question)
    {
        var asked = DoneQuestion().Match(question);
        if (!asked.Success)
        {
            return null;
        }

        var verb = asked.Groups["verb"].Value;
        return verb.EndsWith("ed", StringComparison.Ordinal) ? verb
            : IrregularVerbs.HasIrregularPast(verb) ? null
            : verb.EndsWith('e') ? verb + "d" : verb + "ed";
    }

    /// <summary>True when the text says it was done ("was accepted", "agreed"), not that it may be ("if accepted",
    /// "being accepted"), or says it has not been yet: in words ("not yet", "awaiting") or by saying it is still to come
    /// ("was ready to be published and would be published shortly").</summary>
    public static bool IsToldIn(string text, string done) =>
        Regex.IsMatch(text, $@"(?<!\b(be|being|if|once|whether|to)\s+(\w+\s+)?)\b{done}\b", RegexOptions.IgnoreCase) || DoneOrNotYet().IsMatch(text)
        || Regex.IsMatch(text, $@"\b(will|would|shall|ready\s+to|due\s+to|expected\s+to|scheduled\s+to|about\s+to)\s+(now\s+|shortly\s+|soon\s+)?be\s+{done}\b", RegexOptions.IgnoreCase);

    /// <summary>"has Kent actually been accepted onto the programme yet?", "has … signed off the changes yet?", "did
    /// full council actually agree in March to …?". A past form after its own subject ("has the committee had the info
    /// it asked for yet?") belongs to a clause describing the thing, not to the question. In the passive the verb is
    /// the one after "been" ("has the refreshed offer been published yet?": "published", not "refreshed").</summary>
    [GeneratedRegex(@"\b(has|have)\s[^?]{1,80}?\s(actually\s|already\s|now\s|formally\s|officially\s)?been\s(?<verb>[a-z]{3,}ed)\b(?=[^?]*\b(yet|already|so far)\b)|\b(has|have)\s[^?]{1,80}?\s(actually\s|already\s|now\s|formally\s|officially\s)?(been\s)?(?<!\b(?!(has|have)\b)[\w'\u2019]+\s+(it|they|we|you|he|she|i)\s+)(?<verb>[a-z]{3,}ed)\b(?=[^?]*\b(yet|already|so far)\b)|\bdid\s[^?]{1,60}?\sactually\s(?<verb>[a-z]{3,})\b")]
    private static partial Regex DoneQuestion();

    /// <summary>What minutes write when it was done, and what papers write when it has not been yet.</summary>
    [GeneratedRegex(@"\bRESOLVED\b|\bnot yet\b|\byet to\b|\b(has|have) not\b|\bawaiting\b|\bstill to\b")]
    private static partial Regex DoneOrNotYet();
}
