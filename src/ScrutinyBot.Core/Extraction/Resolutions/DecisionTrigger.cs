using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Extraction.Resolutions;

/// <summary>
/// Recognises a block that records a decision in so many words, as councils write it: "RESOLVED that", "RESOLVED:",
/// "RESOLVED – (a) …", "Resolved (i)", "RESOLVED (2024/001):", "AGREED", "DECIDED", "It was agreed / resolved that",
/// "The Committee NOTED / APPROVED / ENDORSED …" in capitals (as Highland minutes),
/// "It was unanimously RESOLVED to", "RESOLVED (unanimously):", "The Committee RESOLVED that", "The Committee agreed:" over a list of what it
/// agreed (as Scottish councils minute), "RECOMMENDED to Cabinet that" (a scrutiny
/// committee's decision is often its recommendation), "Decision:" and "Resolution:" labels, and
/// "Decision" alone as a heading over the decision.
/// A bare "Agreed unanimously." records a vote, not a decision's words, and is not a trigger.
/// </summary>
internal static partial class DecisionTrigger
{
    /// <summary>Whether a text opens with a decision word ("RESOLVED", "Agreed", "DECIDED"), as no heading does.</summary>
    public static bool OpensWithDecisionWord(string text) => DecisionWord().IsMatch(DecisionText.WithoutParagraphNumber(text));

    public static bool TryMatch(string text, out string? reference, out string rest)
    {
        text = DecisionText.WithoutParagraphNumber(text);
        if (LoneDecisionHeading().IsMatch(text))
        {
            (reference, rest) = (null, string.Empty);
            return true;
        }

        var m = Explicit().Match(text);
        if (!m.Success)
        {
            m = Label().Match(text);
        }

        reference = m.Success && m.Groups["ref"].Success ? m.Groups["ref"].Value.Trim() : null;
        rest = m.Success ? Tidy(m.Groups["rest"].Value) : string.Empty;
        if (reference is null && LoneReference().Match(rest) is { Success: true } numbered)
        {
            // "RESOLVED: 2025/006" over the numbered decisions: the resolution's number, not its words.
            (reference, rest) = (numbered.Groups["ref"].Value, string.Empty);
        }

        if (m.Success && Stated().IsMatch(m.Groups["word"].Value))
        {
            // "The Committee NOTED the Work Plan." (Highland): the verb is the decision's, so its words are kept whole.
            rest = rest.Length == 0 ? string.Empty : text.Trim();
            return rest.Length > 0;
        }

        if (m.Success && rest.Length == 0 && !m.Groups["sep"].Success && m.Groups["word"].Value.Length > 0 && char.IsLower(m.Groups["word"].Value[^1]))
        {
            return false;
        }

        return m.Success && !VoteOnly().IsMatch(text);
    }

    private static string Tidy(string rest)
    {
        var text = rest.Trim().TrimStart('-', '–', '—', ':', ',').Trim();
        // "Resolved: That," over the numbered list: the words left are only the comma that leads into it.
        var words = LeadingThat().Replace(text, string.Empty).Trim();
        return words.Any(char.IsLetterOrDigit) ? words : string.Empty;
    }

    [GeneratedRegex(@"^\(?(?<ref>\d{2,4}\s*/\s*\d{1,4}[A-Za-z]?)\)?\.?$")]
    private static partial Regex LoneReference();

    [GeneratedRegex(@"^(?:(?i:it\s+was\s+(?:also\s+|further\s+|therefore\s+)?(?:unanimously\s+)?)(?<word>resolved|agreed|decided|recommended|RESOLVED|AGREED|DECIDED|RECOMMENDED)|(?:(?:The\s+)?[A-Z][\w’'&-]*(?:\s+[A-Z&][\w’'&-]*){0,4}\s+)?(?:(?:unanimously|UNANIMOUSLY)\s+)?(?<word>RESOLVED|AGREED|DECIDED|RECOMMENDED|NOTED|APPROVED|ENDORSED)|(?<word>Resolved|Agreed|Decided|Recommended)(?=\s*(?:[:\-–—(]|(?i:that)\b|to\b|unanimously\b))|(?:The\s+)?(?:Committee|Sub-Committee|Board|Panel|Cabinet|Commission|Council)\s+(?:(?:unanimously|then|also)\s+)?(?<word>resolved|agreed|decided)(?=\s*:))\b(?:\s+(?i:unanimously)|\s*\((?i:unanimously|nem\.?\s*con\.?)\))?(?:\s*\(\s*(?<ref>(?=[^)]*\d)[^)]{3,24})\s*\))?\s*(?<sep>[:\-–—]|(?i:that)\b|(?i:as\s+follows)\b)?(?<rest>.*)$")]
    private static partial Regex Explicit();

    /// <summary>Verbs in capitals that state what was done ("NOTED the report", "APPROVED the strategy"), unlike
    /// "RESOLVED" or "AGREED", which introduce it.</summary>
    [GeneratedRegex(@"^(?:NOTED|APPROVED|ENDORSED)$")]
    private static partial Regex Stated();

    [GeneratedRegex(@"^(?<word>Decision|DECISION|Resolution|RESOLUTION)(?:\s*\(\s*(?<ref>(?=[^)]*\d)[^)]{3,24})\s*\))?\s*(?<sep>:)(?<rest>.*)$")]
    private static partial Regex Label();

    /// <summary>"Decision" alone over what was decided, as Scottish councils minute each item, "Outcome:" over a
    /// list of them, as Welsh councils do, and "CONCLUSION:" over the numbered paragraph that records it.</summary>
    [GeneratedRegex(@"^(?:Decision|DECISION|Decisions|DECISIONS|(?:Outcomes?|OUTCOMES?|Conclusions?|CONCLUSIONS?)\s*:)$")]
    private static partial Regex LoneDecisionHeading();

    [GeneratedRegex(@"^(?i:agreed|carried)(?:\s+(?i:unanimously|without\s+dissent|by\s+\w+))?\.?$")]
    private static partial Regex VoteOnly();

    [GeneratedRegex(@"^(?:RESOLVED|AGREED|DECIDED|RECOMMENDED|Resolved|Agreed|Decided|Recommended)\b")]
    private static partial Regex DecisionWord();

    [GeneratedRegex(@"^(?i:that)\b\s*:?\s*")]
    private static partial Regex LeadingThat();
}
