using ScrutinyBot.Core.Answering.Facts;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Storage;
using ScrutinyBot.Core.Tests.Retrieval.Facts;

namespace ScrutinyBot.Core.Tests.Answering.Facts;

/// <summary>The fact index's lookups give what scanning every fact gives, over a set of several committees (one with
/// no committee of its own, one written with a possessive), dates and references.</summary>
public sealed class FactIndexTests
{
    private static readonly string?[] Committees = [FactBuilder.Cyp, "Adults' Select Committee", "Health Scrutiny Committee", null];
    private static readonly string[] Asked = ["Children and Young People", "adults select", "Health Scrutiny Committee", "Planning Committee"];

    private readonly FactSet _facts = Build();

    [Fact]
    public void MeetingsOf_EachCommittee_SameMeetingsAsAScan()
    {
        var sut = new FactIndex(_facts);

        foreach (var committee in Asked)
        {
            var scanned = MeetingView.Merge(_facts.Facts.Meetings.Select(m => m.Committee is null ? m with { Committee = FactBuilder.Cyp } : m))
                .Where(m => CommitteeRecognizer.IsSame(m.Committee, committee) || CommitteeRecognizer.IsSame(committee, m.Committee ?? "\u0000"))
                .Select(m => (m.Committee, m.Date));

            Assert.Equal(scanned, sut.MeetingsOf(committee).Select(m => (m.Committee, m.Date)));
        }
    }

    [Fact]
    public void ResolutionsAgendaAndProgrammeOf_EachCommittee_SameFactsAsAScan()
    {
        var sut = new FactIndex(_facts);

        foreach (var committee in Asked)
        {
            Assert.Equal(_facts.Facts.Resolutions.Where(r => r.Committee is null || CommitteeRecognizer.IsSame(r.Committee, committee)), sut.ResolutionsOf(committee));
            Assert.Equal(_facts.Facts.AgendaItems.Where(r => r.Committee is null || CommitteeRecognizer.IsSame(r.Committee, committee)), sut.AgendaItemsOf(committee));
            Assert.Equal(_facts.Facts.WorkProgramme.Where(r => r.Committee is null || CommitteeRecognizer.IsSame(r.Committee, committee)), sut.WorkProgrammeOf(committee));
            Assert.Same(sut.ResolutionsOf(committee), sut.ResolutionsOf(committee));
        }

        Assert.Same(_facts.Facts.Resolutions, sut.ResolutionsOf(null));
    }

    [Fact]
    public void AttendanceOnAndResolutionsWithReference_SameFactsAsAScan()
    {
        var sut = new FactIndex(_facts);

        foreach (var date in _facts.Facts.Meetings.Select(m => m.Date).Append(new DateOnly(2030, 1, 1)))
        {
            Assert.Equal(_facts.Facts.Attendance.Where(a => a.MeetingDate == date), sut.AttendanceOn(date));
        }

        foreach (var reference in new[] { "2024/003", "2024/017", "2099/001" })
        {
            Assert.Equal(_facts.Facts.Resolutions.Where(r => string.Equals(r.Reference, reference, StringComparison.OrdinalIgnoreCase)), sut.ResolutionsWithReference(reference));
        }
    }

    [Fact]
    public void TryAnswer_WithTheIndexOrWithout_SameAnswers()
    {
        var index = new FactIndex(_facts);
        var meeting = _facts.Facts.Meetings[6];
        var analysis = QueryAnalyzer.Analyze($"who was absent from the Health Scrutiny Committee on {meeting.Date:d MMMM yyyy}?", new CommitteeRecognizer(["Health Scrutiny Committee"]));

        var indexed = MeetingFactAnswers.TryAnswer(analysis, _facts, new DateOnly(2026, 1, 1), index);
        var fresh = MeetingFactAnswers.TryAnswer(analysis, _facts, new DateOnly(2026, 1, 1));

        Assert.NotNull(indexed);
        Assert.Equal(fresh!.Text, indexed.Text);
    }

    [Fact]
    public void MinutesOf_EachCommittee_EachMinutesResolutionsAsAScanInOrder()
    {
        var sut = new FactIndex(_facts);

        foreach (var committee in Asked)
        {
            var resolutions = sut.ResolutionsOf(committee);
            foreach (var resolution in resolutions)
            {
                var key = MinuteKey.Of(resolution);
                Assert.Equal(resolutions.Where(r => MinuteKey.Of(r) == key), sut.MinutesOf(committee)[key]);
            }
        }
    }

    private static FactSet Build()
    {
        var meetings = new List<Meeting>();
        var attendance = new List<Attendance>();
        var resolutions = new List<Resolution>();
        var agenda = new List<AgendaItem>();
        var programme = new List<WorkProgrammeItem>();
        for (var i = 0; i < 40; i++)
        {
            var committee = Committees[i % Committees.Length];
            var date = new DateOnly(2024, 1, 10).AddDays(7 * (i / 2));
            var source = $"pack{i}.pdf";
            var evidence = new Evidence(source, "Minutes", 1, "quote");
            meetings.Add(FactBuilder.Meeting(date, committee, source));
            attendance.Add(new Attendance(source, committee, date, $"Cllr Member{i % 7}", i % 3 == 0 ? AttendanceStatus.Absent : AttendanceStatus.Present, null, evidence));
            attendance.Add(new Attendance(source, committee, date, $"Cllr Other{i % 5}", AttendanceStatus.Absent, null, evidence));
            resolutions.Add(new Resolution(source, committee, date, $"{i}", $"2024/{i % 20:000}", $"Item {i}", $"Resolved to note report {i}.", evidence));
            agenda.Add(new AgendaItem(source, committee, date, "1", $"Report {i}", evidence));
            programme.Add(new WorkProgrammeItem(source, committee, date, "March 2025", $"Review {i}", null, evidence));
        }

        var documents = meetings.Select(m => FactBuilder.Document(m.Source, DateTimeOffset.UnixEpoch)).ToList();
        return new FactSet(new DocumentFacts(meetings, attendance, agenda, resolutions, [], programme), documents);
    }
}
