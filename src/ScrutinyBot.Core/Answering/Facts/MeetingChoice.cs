using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Answering.Facts;

/// <summary>Picks the meetings a question means: those its dates fit (latest first), or the next or last one as of
/// a date. Nothing when it names none of these.</summary>
public static class MeetingChoice
{
    public static List<T> Choose<T>(IEnumerable<T> meetings, Func<T, DateOnly> dateOf, QueryAnalysis analysis, DateOnly asOf, int max)
    {
        if (analysis.Dates.Count > 0)
        {
            return meetings.Where(m => analysis.DateFits(dateOf(m))).OrderByDescending(dateOf).Take(max).ToList();
        }

        if (analysis.Relative == RelativeMeeting.Next || analysis.Has(QuestionIntent.NextMeeting))
        {
            return meetings.Where(m => dateOf(m) >= asOf).OrderBy(dateOf).Take(1).ToList();
        }

        return analysis.Relative == RelativeMeeting.Last
            ? meetings.Where(m => dateOf(m) <= asOf).OrderByDescending(dateOf).Take(1).ToList()
            : [];
    }
}
