using System.Text.RegularExpressions;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Answering.Facts;

/// <summary>Words that only say "a meeting, its time, place, chair or attendance". A question whose content words are
/// all of these asks about the meeting itself; any other word means it asks about something discussed there.</summary>
public static partial class MeetingVocabulary
{
    private static readonly string[] Prefixes =
    [
        "meet", "committ", "board", "scrutin", "select", "time", "start", "finish", "end", "clos", "place", "venu",
        "where", "held", "hold", "zoom", "onlin", "remot", "chair", "vic", "attend", "absen", "apolog", "present", "dat",
        "next", "last", "previous", "day", "session", "begin", "began", "run", "locat", "person", "team", "virtual",
        "came", "come", "sent", "member", "councillor", "cllr", "panel", "room", "build", "address", "what", "turn", "kick", "over", "item", "wrap",
        "extraordinar", "ordinar", "schedul",
        // What a meeting does with its business ("the meeting where the budget was debated / discussed").
        "debat", "discuss",
        // The kinds of meeting people name ("the extra cabinet", "the special council", "the reconvened meeting").
        "extra", "special", "additional", "emergenc", "urgent", "reconven", "adjourn",
        // The council that holds it ("the city CYP committee", "the county cabinet").
        "city", "counti", "county", "council", "borough", "district",
    ];

    /// <summary>True when the question names the meeting's start ("start", "begin", "kick off"), not only "what time".</summary>
    public static bool NamesTheStart(string question) => StartWords().IsMatch(question);

    /// <summary>The question's content words that are not meeting vocabulary, nor words the papers never use
    /// ("what's pencilled in for March?"), nor the council's name before the committee's ("the Notts C&amp;F select
    /// committee").</summary>
    public static IReadOnlyList<string> Residual(QueryAnalysis analysis)
    {
        var council = CommitteeQualifier.Stem(analysis.Text, analysis.Committee);
        return analysis.ContentStems.Where(s => !IsMeetingWord(s) && !analysis.PhrasingStems.Contains(s) && s != council).ToList();
    }

    /// <summary>A meeting word, written out or short ("cttee", "mtg", "KCC").</summary>
    private static bool IsMeetingWord(string stem) => ShortForms.StartsWithAny(stem, Prefixes);

    [GeneratedRegex(@"\b(start|starts|started|starting|begin|begins|began|beginning|kick off|kicks off|kicked off)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StartWords();
}
