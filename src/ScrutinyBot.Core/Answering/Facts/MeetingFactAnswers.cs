using System.Text;
using System.Text.RegularExpressions;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Answering.Facts;

/// <summary>Answers about a meeting itself: when, what time, where, who chaired, who attended, was absent or sent
/// apologies. The meeting is picked by the committee, the date or month named, or "last"/"next".</summary>
public static partial class MeetingFactAnswers
{
    private const QuestionIntent MeetingIntents = QuestionIntent.StartTime | QuestionIntent.EndTime | QuestionIntent.Place
        | QuestionIntent.When | QuestionIntent.Chair | QuestionIntent.Absent | QuestionIntent.Apologies | QuestionIntent.Attendance
        | QuestionIntent.NextMeeting;

    private const int MaxMeetings = 3;

    /// <param name="index">The fact set's lookups, kept per set; none given, they are built for this question.</param>
    public static Answer? TryAnswer(QueryAnalysis analysis, FactSet facts, DateOnly asOf, FactIndex? index = null)
    {
        // "... and why?": the facts say who and when, only the papers' own sentence says why. So with "… and who's the
        // contact for it?": a second question about something besides the meeting is answered by the papers.
        if (!analysis.Has(MeetingIntents) || analysis.Has(QuestionIntent.Reason) || SecondPartAsksBeyond(analysis))
        {
            return null;
        }

        var residual = MeetingVocabulary.Residual(analysis);
        if (residual.Count > 0 && analysis.Dates.Count == 0)
        {
            return null;
        }

        index ??= new FactIndex(facts);
        var meetings = SelectMeetings(analysis, index, asOf);
        if (residual.Count > 0)
        {
            // "Who chaired the extraordinary council on devolution on 9 January?": with the date named, words that are
            // the meeting's business (its agenda) pick the meeting out; any other word asks about something else.
            meetings = meetings.Where(m => OutsideItsCouncil(m, residual) is var topic && (topic.Count == 0 || AgendaNames(index, m, topic))).ToList();
        }

        if (meetings.Count == 0)
        {
            return null;
        }

        // "What time did it finish?" is answered by minutes, not by the end an agenda planned ("what time was it
        // scheduled to end?" is).
        var asksWhatHappened = PastTense.In(analysis.Text) && !PlanWords().IsMatch(analysis.Text);
        if (AsksOnlyTheEnd(analysis) && meetings.All(m => m.End is null || (IsPlannedEnd(m) && asksWhatHappened)))
        {
            return EndNotRecorded(meetings[0]);
        }

        var text = new StringBuilder();
        var citations = new List<Citation>();
        foreach (var meeting in meetings)
        {
            var line = Describe(analysis, meeting, index, asOf, citations);
            if (line is not null)
            {
                text.Append(text.Length == 0 ? string.Empty : "\n").Append(line);
            }
        }

        return citations.Count == 0 ? null : new Answer(true, text.ToString(), citations);
    }

    /// <summary>True when the question ends with a second question (<see cref="SecondQuestion"/>) with a word that is
    /// not meeting vocabulary: "where's cabinet on 30 Jan and who's the contact for it?".</summary>
    private static bool SecondPartAsksBeyond(QueryAnalysis analysis)
    {
        if (SecondQuestion.Of(analysis.Text) is not { } second)
        {
            return false;
        }

        var stems = TextTerms.Tokenize(second).Select(TextTerms.Stem).ToHashSet(StringComparer.Ordinal);
        return MeetingVocabulary.Residual(analysis).Any(stems.Contains);
    }

    /// <summary>The words that its council's name does not hold: "notts county children and families select cttee"
    /// names the committee of Nottinghamshire County Council, not business of the meeting.</summary>
    private static List<string> OutsideItsCouncil(MeetingView meeting, IReadOnlyList<string> stems)
    {
        var council = meeting.Sources.Select(s => s.Council).FirstOrDefault(c => !string.IsNullOrEmpty(c));
        if (council is null)
        {
            return [.. stems];
        }

        var councilStems = CoverageCalculator.IndexedStems(council);
        return stems.Where(s => !CoverageCalculator.Contains(councilStems, s)).ToList();
    }

    /// <summary>True when the meeting's business names every one of the words: its agenda's titles, or what it resolved
    /// ("when the devolution priority programme was debated": the agenda item is the white paper, the resolution names
    /// the programme).</summary>
    private static bool AgendaNames(FactIndex index, MeetingView meeting, IReadOnlyList<string> stems)
    {
        var titles = index.AgendaItemsOf(meeting.Committee).Where(i => i.MeetingDate == meeting.Date).Select(i => i.Title);
        var resolved = index.ResolutionsOf(meeting.Committee).Where(r => r.MeetingDate == meeting.Date).Select(r => $"{r.Item} {r.Text}");
        var business = string.Join(' ', titles.Concat(resolved));
        var businessStems = CoverageCalculator.IndexedStems(business);
        return business.Length > 0 && stems.All(s => CoverageCalculator.Contains(businessStems, s));
    }

    private static List<MeetingView> SelectMeetings(QueryAnalysis analysis, FactIndex index, DateOnly asOf)
    {
        var all = index.MeetingsOf(analysis.Committee);
        var chosen = MeetingChoice.Choose(all, m => m.Date, analysis, asOf, MaxMeetings);
        if (chosen.Count > 0 || analysis.Dates.Count > 0 || analysis.Relative != RelativeMeeting.None || analysis.Has(QuestionIntent.NextMeeting))
        {
            return chosen;
        }

        if (all.Select(m => m.Date).Distinct().Count() == 1)
        {
            return all.Take(1).ToList();
        }

        return AsksOnlyTheChair(analysis) && analysis.Committee is not null ? LatestChaired(all, asOf) : [];
    }

    /// <summary>"Who chairs the Children and Families Select Committee?" names no meeting: when every meeting of the
    /// committee with a chair recorded had the same one, that is its chair, said with the latest meeting's date. When
    /// they differ (a vice-chair stood in, or the chair changed) the papers' own words ("Chair: Councillor …") say
    /// who chairs it now.</summary>
    private static List<MeetingView> LatestChaired(IReadOnlyList<MeetingView> meetings, DateOnly asOf)
    {
        var chaired = meetings.Where(m => m.Chair is not null).ToList();
        if (chaired.Select(m => Surname(m.Chair!)).Distinct(StringComparer.OrdinalIgnoreCase).Count() != 1)
        {
            return [];
        }

        var held = chaired.Where(m => m.Date <= asOf).OrderByDescending(m => m.Date);
        return held.Concat(chaired.OrderBy(m => m.Date)).Take(1).ToList();
    }

    private static string Surname(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];

    /// <summary>The chair alone: not its time or attendance, nor the vice-chair, whom the facts do not record.</summary>
    private static bool AsksOnlyTheChair(QueryAnalysis analysis) =>
        analysis.Has(QuestionIntent.Chair) && !analysis.Has(MeetingIntents & ~QuestionIntent.Chair) && !ViceWord().IsMatch(analysis.Text);

    private static string? Describe(QueryAnalysis analysis, MeetingView meeting, FactIndex index, DateOnly asOf, List<Citation> citations)
    {
        var parts = new List<string>();
        var past = meeting.Date < asOf;
        var cite = new List<(Meeting Meeting, Evidence Evidence)>();
        var wantsTime = analysis.Has(QuestionIntent.StartTime | QuestionIntent.EndTime | QuestionIntent.When | QuestionIntent.NextMeeting);
        if (AsksTheEnd(analysis) && meeting.End is null)
        {
            // "What time did it finish?" is not answered by when it started.
        }
        else if (wantsTime && meeting.Start is { } start)
        {
            var written = meeting.SourceFor(m => m.Start is not null).Evidence.Quote;
            var withEnd = meeting.End is not null && (analysis.Has(QuestionIntent.EndTime) || past);
            parts.Add(withEnd
                ? $"{(IsPlannedEnd(meeting) ? "was scheduled to run" : past ? "ran" : "runs")} from {FactText.Time(start, written)} to {FactText.Time(meeting.End!.Value, written)}"
                : $"{(past ? "started" : "starts")} at {FactText.Time(start, written)}");
            cite.Add(Cite(meeting.SourceFor(m => m.Start is not null)));
            if (withEnd && CiteEnd(meeting) is { } end)
            {
                cite.Add(end);
            }
        }
        else if (analysis.Has(QuestionIntent.EndTime) && meeting.End is { } endOnly)
        {
            var ended = CiteEnd(meeting) ?? Cite(meeting.SourceFor(m => m.End is not null));
            parts.Add($"finished at {FactText.Time(endOnly, ended.Evidence.Quote)}");
            cite.Add(ended);
        }

        if (analysis.Has(QuestionIntent.Place | QuestionIntent.When | QuestionIntent.NextMeeting) && meeting.Place is { } place)
        {
            parts.Add($"{(past ? "was held" : "is")} at {place}");
            cite.Add(Cite(meeting.SourceFor(m => m.Place is not null)));
        }

        if (analysis.Has(QuestionIntent.Chair) && meeting.Chair is { } chair)
        {
            // The sentence that names the chair, not the minutes' heading.
            var named = meeting.SourceFor(m => m.Chair is not null);
            parts.Add(!named.IsFromAgenda ? $"was chaired by {chair}" : past ? $"had {chair} listed as its chair" : $"is to be chaired by {chair}");
            cite.Add((named, named.ChairEvidence ?? named.Evidence));
        }

        var attendance = AttendanceLine(analysis, meeting, index, citations);
        if (parts.Count == 0 && attendance is null)
        {
            return null;
        }

        var head = $"The {meeting.Committee ?? "committee"} meeting on {FactText.Date(meeting.Date)}";
        var numbers = new List<int>();
        foreach (var source in cite.Distinct())
        {
            numbers.Add(citations.Count + 1);
            citations.Add(CitationFactory.FromEvidence(citations.Count + 1, source.Evidence, source.Meeting.Date, source.Meeting.Committee));
        }

        var refs = string.Concat(numbers.Select(n => $" [{n}]"));
        return parts.Count == 0 ? $"{head}: {attendance}" : $"{head} {FactText.List(parts)}.{refs}{(attendance is null ? string.Empty : " " + attendance)}";
    }

    /// <summary>The end comes from the agenda ("the meeting is scheduled to end by 4.30 pm"), not from minutes.</summary>
    private static bool IsPlannedEnd(MeetingView meeting) => meeting.SourceFor(m => m.End is not null).IsFromAgenda;

    private static (Meeting Meeting, Evidence Evidence) Cite(Meeting meeting) => (meeting, meeting.Evidence);

    /// <summary>The line that says when the meeting closed ("The meeting closed at 1:18pm"), when another line than
    /// the date's does; null otherwise.</summary>
    private static (Meeting Meeting, Evidence Evidence)? CiteEnd(MeetingView meeting)
    {
        var source = meeting.SourceFor(m => m.End is not null);
        return source.EndEvidence is { } end ? (source, end) : null;
    }

    /// <summary>"What time did it finish?" ("what time" alone reads as a start too) and not when it started.</summary>
    private static bool AsksTheEnd(QueryAnalysis analysis) =>
        analysis.Has(QuestionIntent.EndTime) && !MeetingVocabulary.NamesTheStart(analysis.Text);

    private static bool AsksOnlyTheEnd(QueryAnalysis analysis) =>
        AsksTheEnd(analysis) && !analysis.Has(MeetingIntents & ~(QuestionIntent.StartTime | QuestionIntent.EndTime));

    /// <summary>Papers that give a meeting's start but not its end (an agenda, or minutes that do not record it), or
    /// only the end its agenda planned: not found, with what was planned as the closest thing they hold.</summary>
    private static Answer EndNotRecorded(MeetingView meeting)
    {
        var head = $"the {meeting.Committee ?? "committee"} meeting on {FactText.Date(meeting.Date)}";
        if (meeting.Start is not { } start)
        {
            return new Answer(false, $"I couldn't find when {head} finished in the indexed papers.", []);
        }

        var source = meeting.SourceFor(m => m.Start is not null);
        var written = source.Evidence.Quote;
        var planned = meeting.End is { } end ? $"it was scheduled to run from {FactText.Time(start, written)} to {FactText.Time(end, written)}" : $"it was due to start at {FactText.Time(start, written)}";
        return new Answer(
            false,
            $"I couldn't find when {head} finished in the indexed papers. Closest: {planned} [1]",
            [CitationFactory.FromEvidence(1, source.Evidence, source.Date, source.Committee)]);
    }

    /// <summary>The first of those recorded as present at the meeting, in its own papers; null when none is.</summary>
    private static Attendance? Recorded(FactIndex index, MeetingView meeting, IReadOnlySet<string> sources) =>
        index.AttendanceOn(meeting.Date).FirstOrDefault(a => a.Status == AttendanceStatus.Present && sources.Contains(a.Source));

    private static string? AttendanceLine(QueryAnalysis analysis, MeetingView meeting, FactIndex index, List<Citation> citations)
    {
        var statuses = new List<(AttendanceStatus Status, string Label)>();
        if (analysis.Has(QuestionIntent.Absent))
        {
            statuses.Add((AttendanceStatus.Absent, "Absent"));
        }

        if (analysis.Has(QuestionIntent.Apologies) || (analysis.Has(QuestionIntent.Absent) && !analysis.Text.Contains("absent", StringComparison.OrdinalIgnoreCase)))
        {
            statuses.Add((AttendanceStatus.Apologies, "Apologies"));
        }

        if (analysis.Has(QuestionIntent.Attendance) && statuses.Count == 0)
        {
            statuses.Add((AttendanceStatus.Present, "Present"));
            statuses.Add((AttendanceStatus.Substitute, "Substitutes"));
        }

        var sources = meeting.Sources.Select(s => s.Source).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var lines = new List<string>();
        foreach (var (status, label) in statuses)
        {
            var people = index.AttendanceOn(meeting.Date)
                .Where(a => a.Status == status && sources.Contains(a.Source))
                .GroupBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
                .Select(g => g.First())
                .ToList();
            if (people.Count == 0)
            {
                // "… and were there any apologies?": minutes that record who was there and no apologies say there
                // were none, which the asker wants to hear, not silence. Not so for absences: many minutes record only
                // apologies, and those who sent them were absent.
                if (status == AttendanceStatus.Apologies && Recorded(index, meeting, sources) is { } list)
                {
                    var cited = citations.Count + 1;
                    citations.Add(CitationFactory.FromEvidence(cited, list.Evidence, meeting.Date, meeting.Committee));
                    lines.Add($"No apologies are recorded [{cited}].");
                }

                continue;
            }

            var number = citations.Count + 1;
            citations.Add(CitationFactory.FromEvidence(number, people[0].Evidence, meeting.Date, meeting.Committee));
            lines.Add($"{label}: {string.Join(", ", people.Select(p => p.Role is null ? p.Name : $"{p.Name} ({p.Role})"))} [{number}].");
        }

        return lines.Count == 0 ? null : string.Join(" ", lines);
    }

    [GeneratedRegex(@"\b(scheduled|planned|due|meant|supposed|expected|set to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlanWords();

    [GeneratedRegex(@"\bvice\b", RegexOptions.IgnoreCase)]
    private static partial Regex ViceWord();
}
