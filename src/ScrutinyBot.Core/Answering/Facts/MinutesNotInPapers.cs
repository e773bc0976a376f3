using System.Text.RegularExpressions;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Answering.Facts;

/// <summary>"What did Cabinet decide on 13 March?" or "who sent apologies to Cabinet on 4 March?" when the papers hold
/// that meeting's agenda and nothing it recorded (no resolution and no attendance read from its minutes): the honest
/// answer is that its minutes are not in the papers yet, not the agenda's proposals quoted as if they had been agreed,
/// nor another meeting's apologies. So with "what did the careers hub present to the board in December?": what was
/// said or shown at a meeting is recorded only in its minutes, not in the plan that invited it.</summary>
public static partial class MinutesNotInPapers
{
    public static Answer? TryAnswer(QueryAnalysis analysis, FactIndex index)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(index);
        var aboutAttendance = AsksWhoAttended(analysis);
        var aboutWhatWasSaid = !aboutAttendance && AsksWhatWasSaid(analysis);
        var aboutChair = !aboutAttendance && AsksWhoChairedIt(analysis);
        if (analysis.Dates.Count == 0 || !(aboutAttendance || aboutWhatWasSaid || aboutChair || AsksWhatWasDecided(analysis)))
        {
            return null;
        }

        var meetings = index.MeetingsOf(analysis.Committee).Where(m => analysis.DateFits(m.Date)).ToList();
        if (meetings.Count == 0 && (aboutAttendance || ((aboutWhatWasSaid || aboutChair) && NamesTheCommittee(analysis))))
        {
            return NoSuchMeeting(analysis, index, aboutAttendance ? "who attended it" : aboutChair ? "who chaired it" : "what was said or presented there");
        }

        if (meetings.Count == 0 && AsksWhatWasDecided(analysis) && NamesTheCommittee(analysis) && AfterItsLatestMeeting(analysis, index))
        {
            return NoSuchMeeting(analysis, index, "what it decided");
        }

        if (aboutChair && !AsksWhatWasDecided(analysis))
        {
            return null;
        }

        if (meetings.Count == 0 || meetings.Select(m => m.Date).Distinct().Count() > 1)
        {
            return null;
        }

        var date = meetings[0].Date;
        var sources = meetings.SelectMany(m => m.Sources).Select(s => s.Source).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var recorded = index.ResolutionsOf(analysis.Committee).Any(r => r.MeetingDate == date)
            || index.AttendanceOn(date).Any(a => sources.Contains(a.Source));
        if (recorded)
        {
            return null;
        }

        var meeting = meetings[0];
        var source = meeting.Sources[0];
        var name = meeting.Committee ?? "the committee";
        var what = aboutAttendance ? $"who attended {name} on {FactText.ShortDate(date)} or sent apologies"
            : aboutWhatWasSaid ? $"what was said or presented at {name} on {FactText.ShortDate(date)}"
            : $"what {name} decided on {FactText.ShortDate(date)}";
        return new Answer(
            false,
            $"I couldn't find {what}: the indexed papers have that meeting's agenda, but no minutes or decisions from it. [1]",
            [CitationFactory.FromEvidence(1, source.Evidence, source.Date, source.Committee)]);
    }

    /// <summary>A question about what a meeting decided or concluded, or how it voted; not what it is asked to decide.</summary>
    private static bool AsksWhatWasDecided(QueryAnalysis analysis) =>
        !analysis.Has(QuestionIntent.Decision | QuestionIntent.Agenda)
        && (analysis.Has(QuestionIntent.Resolutions | QuestionIntent.Outcome | QuestionIntent.Conclusion) || Voted().IsMatch(analysis.Text));

    /// <summary>"What did the careers hub present to the board in December?": what was said at a meeting, not what a
    /// meeting decided. "What did the Jan 2024 improvement report say …?" asks what a paper says, and the agenda pack
    /// holds it. "What did the service say back on the rec from Sept?" asks for a response, which the tracker holds.</summary>
    private static bool AsksWhatWasSaid(QueryAnalysis analysis) =>
        !analysis.Has(QuestionIntent.Decision | QuestionIntent.Agenda | QuestionIntent.WorkProgramme | QuestionIntent.Response) && Said().IsMatch(analysis.Text)
        && !PaperSays().IsMatch(analysis.Text);

    /// <summary>True when the question writes a third of the committee's name or more ("the partnership board"), not one word a
    /// longer name shares ("the Leader").</summary>
    private static bool NamesTheCommittee(QueryAnalysis analysis)
    {
        if (analysis.Committee is null)
        {
            return false;
        }

        var named = TextTerms.ContentStems(analysis.Committee);
        var asked = TextTerms.ContentStems(analysis.Text).ToHashSet(StringComparer.Ordinal);
        return named.Count > 0 && named.Count(asked.Contains) * 3 >= named.Count;
    }

    /// <summary>Who attended a meeting of a committee the papers know on a date when the papers hold none of its
    /// meetings, or what was said there: recorded meeting by meeting, so no other paper answers it. The meetings they
    /// do hold are named.</summary>
    private static Answer? NoSuchMeeting(QueryAnalysis analysis, FactIndex index, string what)
    {
        if (analysis.Committee is null)
        {
            return null;
        }

        var held = index.MeetingsOf(analysis.Committee).Select(m => m.Date).Distinct().Order().ToList();
        if (held.Count == 0)
        {
            return null;
        }

        var listed = string.Join(", ", held.TakeLast(MeetingsListed).Select(FactText.ShortDate));
        return new Answer(
            false,
            $"I couldn't find a meeting of the {analysis.Committee} {(analysis.Dates[0].Day is null ? "in" : "on")} {analysis.Dates[0].Text} in the indexed papers, so not {what}. The papers hold its meetings of {listed}.",
            []);
    }

    private const int MeetingsListed = 4;

    /// <summary>"What did the select committee decide at its 15 July meeting?" when the committee's latest papers are from
    /// April: a meeting after all of them (named in a work programme, perhaps) has decided nothing the papers could
    /// record. An earlier date with no meeting may still be one whose decisions other papers report.</summary>
    private static bool AfterItsLatestMeeting(QueryAnalysis analysis, FactIndex index) =>
        analysis.Dates is [{ ExactDate: { } asked }]
        && index.MeetingsOf(analysis.Committee) is { Count: > 0 } held && asked > held.Max(m => m.Date);

    /// <summary>"Who chaired the board's December 2022 meeting?": a meeting's chair is recorded in its own minutes, so
    /// another meeting's chair does not answer it.</summary>
    private static bool AsksWhoChairedIt(QueryAnalysis analysis) =>
        analysis.Has(QuestionIntent.Chair) && ChairedIt().IsMatch(analysis.Text);

    /// <summary>A question about who was at a meeting, absent from it or sent apologies.</summary>
    private static bool AsksWhoAttended(QueryAnalysis analysis) =>
        analysis.Has(QuestionIntent.Attendance | QuestionIntent.Absent | QuestionIntent.Apologies);

    [GeneratedRegex(@"\bwhat (did|were|was)\b[^?]{0,80}\b(present|presented|presentation|tell|told|say|said|report|reported|raise|raised|discuss|discussed|share|shared|show|showed|update|updated|main points|key points)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Said();

    [GeneratedRegex(@"\bwhat (did|does|do)\b[^?]{0,60}?\b(report|paper|briefing|appendix|annex|document|plan|strategy|review|assessment|submission|slides)s?\b[^?]{0,60}?\s(say|said|show|showed|tell|told|set out)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PaperSays();

    [GeneratedRegex(@"\b(chaired|in the chair)\b|\bwho (was|were) (the )?(vice[- ])?chair", RegexOptions.IgnoreCase)]
    private static partial Regex ChairedIt();

    [GeneratedRegex(@"\bvot(e|ed|ing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Voted();
}
