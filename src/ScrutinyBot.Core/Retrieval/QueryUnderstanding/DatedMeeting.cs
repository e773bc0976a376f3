using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>Whether a date in the question names a meeting or its paper rather than the time something is of.</summary>
public static partial class DatedMeeting
{
    private const string MeetingOrPaper = "meeting|committee|scrutiny|cabinet|council|board|panel|cttee|mtg|report|update|paper|pack|agenda|minutes";

    /// <summary>"scrutiny in Jan 2024", "the April 2024 select committee", "(Select Committee, April 2024)", "the Jan 2024
    /// improvement report": a date written beside the word for a meeting or its paper names the meeting; "at the end of
    /// March 2022" names the time a figure is of.</summary>
    public static bool IsNamed(string question, DateMention date)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(date);
        var at = question.IndexOf(date.Text, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && (MeetingBefore().IsMatch(question[..at]) || MeetingAfter().IsMatch(question[(at + date.Text.Length)..]));
    }

    [GeneratedRegex(@"\b(" + MeetingOrPaper + @")s?(\s*[,(]\s*|\s+)((on|in|of|held on|dated|from)\s+)?(the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingBefore();

    [GeneratedRegex(@"^\s*([\w&'-]+\s+){0,2}(" + MeetingOrPaper + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingAfter();
}
