using System.Text.RegularExpressions;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Answering.Facts;

/// <summary>"What did the partnership board hear in December 2022?" when the papers hold that committee's meetings
/// but none on the date or in the month asked: the answer is that the meeting is not in the papers (and which of its
/// meetings are), not another meeting's business.</summary>
public static partial class MeetingNotInPapers
{
    private const int DatesListed = 4;

    public static Answer? TryAnswer(QueryAnalysis analysis, FactIndex index)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(index);
        if (analysis.Committee is null || analysis.Dates.Count == 0 || analysis.Dates.Any(d => d.Month is null) || !AsksWhatAMeetingDid(analysis))
        {
            return null;
        }

        var meetings = index.MeetingsOf(analysis.Committee);
        if (meetings.Count == 0 || meetings.Any(m => analysis.DateFits(m.Date)))
        {
            return null;
        }

        var asked = analysis.Dates[0];
        var nearest = meetings.Select(m => m.Date).Distinct()
            .OrderBy(d => Math.Abs(d.DayNumber - Approximate(asked, d).DayNumber))
            .Take(DatesListed)
            .OrderBy(d => d)
            .Select(FactText.ShortDate);
        return new Answer(
            false,
            $"I couldn't find a meeting of the {analysis.Committee} on or in {asked.Text} in the indexed papers. They hold its meetings of {string.Join(", ", nearest)}.",
            []);
    }

    /// <summary>A day in the month asked (the year of <paramref name="near"/> when the question gives none).</summary>
    private static DateOnly Approximate(DateMention asked, DateOnly near) =>
        new(asked.Year ?? near.Year, asked.Month!.Value, Math.Min(asked.Day ?? 15, DateTime.DaysInMonth(asked.Year ?? near.Year, asked.Month!.Value)));

    /// <summary>What a meeting decided, heard, discussed or was presented with; not when or where it meets.</summary>
    private static bool AsksWhatAMeetingDid(QueryAnalysis analysis) =>
        !analysis.Has(QuestionIntent.Decision | QuestionIntent.Agenda | QuestionIntent.NextMeeting | QuestionIntent.WorkProgramme)
        && (analysis.Has(QuestionIntent.Resolutions | QuestionIntent.Outcome | QuestionIntent.Conclusion) || MeetingActivity().IsMatch(analysis.Text));

    [GeneratedRegex(@"\b(vot(e|ed|ing)|present(ed)?|discuss(ed)?|consider(ed)?|heard|hear|told|report(ed)? to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingActivity();
}
