using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>Minutes record a named vote as "For (39) Mr Baker, Mr Bartlett, … Against (19) …": forty names fill a chat
/// message before the outcome ("Amendment lost") is reached. Unless the question asks who, the names give way to
/// the count, which is kept or counted.</summary>
public static partial class RecordedVotes
{
    private const int MinNames = 4;

    public static string WithoutNames(string text) =>
        text.Contains("For", StringComparison.OrdinalIgnoreCase) ? NamedVote().Replace(text, Counted) : text;

    private static string Counted(Match match)
    {
        var label = match.Groups["label"].Value.TrimEnd(' ', ':', '-', '–');
        if (match.Groups["count"].Success)
        {
            return label + " ";
        }

        var names = NameSeparator().Split(match.Groups["names"].Value).Count(n => n.Any(char.IsLetter) && !Honour().IsMatch(n.Trim()));
        return $"{label} ({names}) ";
    }

    private const string Title = @"(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllrs?|Councillors?|Messrs|Sir|Dame|Lady|Lord|Rev)\.?\s+)?";
    private const string Name = Title + @"(?:[A-Z]\.?\s+){0,2}[A-Z][\w'’\-]+(?:[ \t]+(?!(?:For|Against|Abstain)\b)[A-Z][\w'’\-]+)?(?:\s*,\s*(?:MBE|OBE|CBE|BEM|JP)\b)?";
    private const string Separator = @"\s*(?:,|\band\b)\s*";

    // A label (For / Against / Abstain(ed|ing) / Abstentions) with a count in brackets or after a colon, or just a
    // colon, then a run of at least four names, each an optional title, initials and one or two capitalised words.
    [GeneratedRegex(@"(?<label>\b(?:For|Against|Abstain(?:ed|ing)?|Abstentions?)\b[ \t]*(?:(?<count>\(\d{1,3}\)|:[ \t]*\d{1,3}\b)[ \t]*[:\-–]?|:))\s*(?<names>(?:" + Name + Separator + "){3,}" + Name + ")")]
    private static partial Regex NamedVote();

    [GeneratedRegex(Separator)]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"^(MBE|OBE|CBE|BEM|JP)$")]
    private static partial Regex Honour();
}
