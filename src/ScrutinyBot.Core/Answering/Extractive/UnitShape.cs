using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>How a unit sits in the text around it: a line introducing a list, an item of a lettered or numbered
/// list, a new numbered paragraph, or a sentence that leans on the one before.</summary>
public static partial class UnitShape
{
    /// <summary>"To date the service has received 3 Monitoring Visits:" or "2.2 Areas Covered: - Quality of ...".</summary>
    public static bool IntroducesList(string text) =>
        text.EndsWith(':') || ListIntroWithFirstItem().IsMatch(text) || ListAnnounced().IsMatch(text);

    /// <summary>True for a sentence of running text: six words or more, no table cells (tabs), and ending as a
    /// sentence or clause ends, or long enough to be one.</summary>
    public static bool ReadsAsSentence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimEnd();
        if (trimmed.Contains('\t', StringComparison.Ordinal))
        {
            return false;
        }

        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words >= 6 && (".!?;\"”’)".Contains(trimmed[^1], StringComparison.Ordinal) || words >= 15);
    }

    /// <summary>"Recommendation(s):", "2.1 The Committee is asked to:", "Action required": what a report asks the
    /// committee to decide.</summary>
    public static bool StatesWhatIsAsked(string text) => WhatIsAsked().IsMatch(text);

    /// <summary>"2) To invite ...", "b) identify ...", "- 3. Consider ...".</summary>
    public static bool IsEnumeratedItem(string text) => EnumeratedItem().IsMatch(text);

    /// <summary>"2.3 Headline Findings:", "1.7 A programme of ...": a new paragraph of a report, which ends a list.</summary>
    public static bool IsNumberedParagraph(string text) => NumberedParagraph().IsMatch(text);

    /// <summary>"Armed Forces Covenant Conference .......... 14": a line of a table of contents, which names a subject
    /// and a page but never answers anything.</summary>
    public static bool IsContentsLine(string text) => ContentsLeader().IsMatch(text);

    /// <summary>"24/00108 - Revenue and Capital Budget Monitoring Report – November 2024-25 (Pages 11 - 84)": an entry of
    /// an agenda, naming a paper and where it is in the pack. Its figures are pages and its dates those of the paper's
    /// title: it names what the paper is about and answers nothing of it.</summary>
    public static bool IsAgendaEntry(string text) => AgendaPages().IsMatch(text);

    /// <summary>"This gave us ...", "However, ...": a sentence that only makes sense after the one before it.</summary>
    public static bool LeansOnPrevious(string text) => Continuation().IsMatch(text);

    /// <summary>"He said …", "She also noted …": minutes go on with what the person named before said.</summary>
    public static bool GoesOnSpeaking(string text) => PersonalPronounStart().IsMatch(text);

    [GeneratedRegex(@"^(He|She)\s")]
    private static partial Regex PersonalPronounStart();

    [GeneratedRegex(@"\b(below is a list of|are listed below|is listed below|as follows|the following)\b[^.:]{0,80}[.:]?$", RegexOptions.IgnoreCase)]
    private static partial Regex ListAnnounced();

    [GeneratedRegex(@"\b(is|are|be) (asked|invited|recommended) to\b|^(-\s+)?Recommendations?(\(s\))?\s*:|\bAction required\b|\brecommended that\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhatIsAsked();

    [GeneratedRegex(@"^.{3,120}?:\s+-\s+\S")]
    private static partial Regex ListIntroWithFirstItem();

    [GeneratedRegex(@"^(-\s+)?\(?([a-z]|[ivx]{1,4}|\d{1,2})[).]\s+\S")]
    private static partial Regex EnumeratedItem();

    [GeneratedRegex(@"^(-\s+)?\d{1,2}\.\d{1,2}\.?\s+\S")]
    private static partial Regex NumberedParagraph();

    [GeneratedRegex(@"(\.\s?){6,}|…{3,}|(\.\s?){4,}\s*\d{1,3}\s*$")]
    private static partial Regex ContentsLeader();

    [GeneratedRegex(@"\(\s*Pages?\s+\d{1,4}(\s*[-\u2013]\s*\d{1,4})?\s*\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AgendaPages();

    [GeneratedRegex(@"^(This|These|That|Those|It|They|He|She|However|But|Therefore|As a result|Which|Both|Of these|Of which|In total|Overall)\b")]
    private static partial Regex Continuation();
}
