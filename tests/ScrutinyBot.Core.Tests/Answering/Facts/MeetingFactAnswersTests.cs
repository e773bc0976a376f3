using ScrutinyBot.Core.Answering.Facts;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Storage;
using static ScrutinyBot.Core.Tests.Answering.Facts.FactSets;
using static ScrutinyBot.Core.Tests.Answering.Facts.Questions;

namespace ScrutinyBot.Core.Tests.Answering.Facts;

public sealed class MeetingFactAnswersTests
{
    private static readonly DateOnly November = new(2024, 11, 13);
    private static readonly DateOnly January = new(2025, 1, 15);
    private static readonly DateOnly March = new(2025, 3, 12);
    private static readonly DateOnly AsOf = new(2025, 1, 20);

    [Fact]
    public void TryAnswer_WhoChairedOnADate_NamesTheChairFromTheMinutes()
    {
        var facts = Set(meetings:
        [
            Meeting(November, source: "agenda.txt"),
            Meeting(November, source: "minutes.txt", chair: "Councillor Neghat Khan", end: new TimeOnly(11, 45)),
            Meeting(January, source: "minutes-jan.txt", chair: "Councillor Other"),
        ]);

        var sut = MeetingFactAnswers.TryAnswer(Ask("Who chaired the meeting on 13 November 2024?", QuestionIntent.Chair, "chaired meeting", [On(2024, 11, 13)]), facts, AsOf);

        Assert.NotNull(sut);
        Assert.Contains("Wednesday 13 November 2024 was chaired by Councillor Neghat Khan. [1]", sut.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Councillor Other", sut.Text, StringComparison.Ordinal);
        Assert.Equal(("minutes.txt", November), (sut.Citations[0].Source, sut.Citations[0].MeetingDate));
    }

    [Fact]
    public void TryAnswer_WhoChairsTheCommitteeWithNoMeetingNamed_NamesTheChairOfItsMeetingsWithTheLatestDate()
    {
        var facts = Set(meetings:
        [
            Meeting(November, source: "minutes-nov.txt", chair: "Councillor Neghat Khan"),
            Meeting(January, source: "minutes-jan.txt", chair: "Neghat Khan"),
            Meeting(March, source: "agenda-mar.txt"),
        ]);

        var sut = MeetingFactAnswers.TryAnswer(Ask("Who's chairing the Children and Young People Scrutiny Committee?", QuestionIntent.Chair, "chairing", committee: Cyp), facts, AsOf);

        Assert.NotNull(sut);
        Assert.Contains("15 January 2025 was chaired by Neghat Khan. [1]", sut.Text, StringComparison.Ordinal);
        Assert.Equal("minutes-jan.txt", sut.Citations[0].Source);
    }

    [Theory]
    [InlineData("Who chairs the Children and Young People Scrutiny Committee?", "Councillor Other")]
    [InlineData("Who are the chair and vice chair of the Children and Young People Scrutiny Committee?", "Councillor Neghat Khan")]
    public void TryAnswer_WhoChairsTheCommitteeWhenItsMeetingsDisagreeOrTheViceChairIsAsked_LeavesItToThePapers(string question, string januaryChair)
    {
        var facts = Set(meetings:
        [
            Meeting(November, source: "minutes-nov.txt", chair: "Councillor Neghat Khan"),
            Meeting(January, source: "minutes-jan.txt", chair: januaryChair),
        ]);

        Assert.Null(MeetingFactAnswers.TryAnswer(Ask(question, QuestionIntent.Chair, "chair", committee: Cyp), facts, AsOf));
    }

    [Fact]
    public void TryAnswer_WhatTimeDidItFinishWithOnlyTheStartKnown_SaysNotFoundWithTheStartAsClosest()
    {
        var facts = Set(meetings: [Meeting(November, source: "agenda.txt")]);

        var sut = MeetingFactAnswers.TryAnswer(
            Ask("what time did the meeting on 13 November 2024 finish?", QuestionIntent.StartTime | QuestionIntent.EndTime, "time meeting finish", [On(2024, 11, 13)]), facts, AsOf);

        Assert.False(sut!.Answered);
        Assert.StartsWith("I couldn't find when the Children and Young People Scrutiny Committee meeting on Wednesday 13 November 2024 finished", sut.Text, StringComparison.Ordinal);
        Assert.Contains("due to start at 9.30 am [1]", sut.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TryAnswer_WhenDidItRunWithTheClosingLineElsewhere_CitesItAndWritesTimesAsThePaperDoes()
    {
        var minutes = Meeting(November, source: "minutes.txt", end: new TimeOnly(13, 18)) with
        {
            Evidence = new Evidence("minutes.txt", "Minutes", 1, "Date: Wednesday 13 November 2024 (commencing at 9:30am)"),
            EndEvidence = new Evidence("minutes.txt", "Minutes", 6, "The meeting closed at 1:18pm."),
        };

        var sut = MeetingFactAnswers.TryAnswer(
            Ask("what time did the meeting on 13 November 2024 close?", QuestionIntent.EndTime, "meeting close", [On(2024, 11, 13)]), Set(meetings: [minutes]), AsOf);

        Assert.Contains("ran from 9:30 am to 1:18 pm. [1] [2]", sut!.Text, StringComparison.Ordinal);
        Assert.Equal(["Date: Wednesday 13 November 2024 (commencing at 9:30am)", "The meeting closed at 1:18pm."], sut.Citations.Select(c => c.Quote));
    }

    [Fact]
    public void TryAnswer_WhatTimeDidItFinishWithTheEndKnown_GivesTheEnd()
    {
        var facts = Set(meetings: [Meeting(November, source: "minutes.txt", end: new TimeOnly(11, 45))]);

        var sut = MeetingFactAnswers.TryAnswer(
            Ask("what time did the meeting on 13 November 2024 finish?", QuestionIntent.StartTime | QuestionIntent.EndTime, "time meeting finish", [On(2024, 11, 13)]), facts, AsOf);

        Assert.True(sut!.Answered);
        Assert.Contains("11.45 am", sut.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TryAnswer_EndOnlyFromTheAgenda_SaysTheMeetingWasScheduledToEndThen()
    {
        var agenda = Meeting(November, source: "agenda.txt", end: new TimeOnly(16, 30)) with { Evidence = new("agenda.txt", "Agenda", 1, "The meeting is scheduled to end at 4.30pm") };
        var facts = Set(meetings: [agenda]);

        var sut = MeetingFactAnswers.TryAnswer(
            Ask("what time was the 13 November 2024 meeting scheduled to end?", QuestionIntent.StartTime | QuestionIntent.EndTime, "time meeting scheduled end", [On(2024, 11, 13)]), facts, AsOf);

        Assert.True(sut!.Answered);
        Assert.Contains("was scheduled to run from 9.30 am to 4.30 pm", sut.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("devolution", true)]
    [InlineData("budget", false)]
    public void TryAnswer_WhoChairedTheMeetingOnItsBusiness_AnswersOnlyWhenTheAgendaNamesIt(string topic, bool answered)
    {
        var facts = WithAgenda(Set(meetings: [Meeting(November, source: "minutes.txt", chair: "Councillor Neghat Khan")]), November, "English Devolution White Paper");

        var sut = MeetingFactAnswers.TryAnswer(
            Ask($"Who chaired the meeting on {topic} on 13 November 2024?", QuestionIntent.Chair, $"chaired meeting {topic}", [On(2024, 11, 13)]), facts, AsOf);

        Assert.Equal(answered, sut is not null);
    }

    [Theory]
    [InlineData("devolution priority programme", true)]
    [InlineData("minerals plan", false)]
    public void TryAnswer_WhoChairedTheMeetingWhereSomethingWasDebated_AnswersWhenItsAgendaOrResolutionsNameIt(string topic, bool answered)
    {
        // The agenda item is the white paper; only the resolution names the programme.
        var facts = WithAgenda(
            Set(meetings: [Meeting(November, source: "minutes.txt", chair: "Mr Cooke")], resolutions: [Resolution(November, "That Kent be included in the Devolution Priority Programme.")]),
            November,
            "English Devolution White Paper");

        var sut = MeetingFactAnswers.TryAnswer(
            Ask($"Who was in the chair on 13 November 2024 when the {topic} was debated?", QuestionIntent.Chair, $"chair {topic} debated", [On(2024, 11, 13)]), facts, AsOf);

        Assert.Equal(answered, sut is not null);
        Assert.True(!answered || sut!.Text.Contains("chaired by Mr Cooke", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Testshire County Council", true)] // the words name the meeting's council
    [InlineData("Otherton City Council", false)]
    public void TryAnswer_WhereIsTheMeetingAskedWithItsCouncilsName_AnswersForAMeetingOfThatCouncil(string council, bool answered)
    {
        var facts = Set(meetings: [Meeting(November, source: "agenda.txt") with { Council = council }]);

        var sut = MeetingFactAnswers.TryAnswer(
            Ask("testshire county cyp scrutiny 13 November 2024 - what time and where?", QuestionIntent.StartTime | QuestionIntent.Place, "testshire county", [On(2024, 11, 13)], committee: Cyp), facts, AsOf);

        Assert.Equal(answered, sut is not null);
    }

    [Fact]
    public void TryAnswer_WhoChairedTheMeetingOnItsBusinessWithoutADate_LeavesItToThePapers()
    {
        var facts = WithAgenda(Set(meetings: [Meeting(November, source: "minutes.txt", chair: "Councillor Neghat Khan")]), November, "English Devolution White Paper");

        Assert.Null(MeetingFactAnswers.TryAnswer(Ask("Who chaired the meeting on devolution?", QuestionIntent.Chair, "chaired meeting devolution"), facts, AsOf));
    }

    [Fact]
    public void TryAnswer_WhatTimeDidItFinishWithOnlyTheAgendasEnd_SaysNotFoundWithWhatWasPlanned()
    {
        var agenda = Meeting(November, source: "agenda.txt", end: new TimeOnly(16, 30)) with { Evidence = new("agenda.txt", "Agenda", 1, "The meeting is scheduled to end at 4.30pm") };

        var sut = MeetingFactAnswers.TryAnswer(
            Ask("what time did the 13 November 2024 meeting finish?", QuestionIntent.StartTime | QuestionIntent.EndTime, "time meeting finish", [On(2024, 11, 13)]), Set(meetings: [agenda]), AsOf);

        Assert.False(sut!.Answered);
        Assert.Contains("Closest: it was scheduled to run from 9.30 am to 4.30 pm [1]", sut.Text, StringComparison.Ordinal);
    }

    private static FactSet WithAgenda(FactSet facts, DateOnly date, string title) =>
        new(facts.Facts with { AgendaItems = [new AgendaItem("agenda.txt", Cyp, date, "5", title, new Evidence("agenda.txt", "Agenda", 1, title))] }, facts.Documents);

    [Fact]
    public void TryAnswer_WhoChairedAndWhy_LeavesTheReasonToThePapers()
    {
        var facts = Set(meetings: [Meeting(November, source: "minutes.txt", chair: "Councillor Neghat Khan")]);

        var sut = MeetingFactAnswers.TryAnswer(Ask("Who chaired the 13 November 2024 meeting and why?", QuestionIntent.Chair | QuestionIntent.Reason, "chaired meeting", [On(2024, 11, 13)]), facts, AsOf);

        Assert.Null(sut);
    }

    [Theory]
    [InlineData("where's the 13 November 2024 meeting and who's the contact for it?", "meeting contact", false)]
    [InlineData("where's the 13 November 2024 meeting and who's chairing it?", "meeting chairing", true)]
    public void TryAnswer_SecondQuestionBeyondTheMeeting_LeavesItToThePapers(string question, string words, bool answered)
    {
        var facts = WithAgenda(Set(meetings: [Meeting(November, source: "minutes.txt", chair: "Councillor Neghat Khan")]), November, "Family contact for children in care");

        var sut = MeetingFactAnswers.TryAnswer(Ask(question, QuestionIntent.Place, words, [On(2024, 11, 13)]), facts, AsOf);

        Assert.Equal(answered, sut is not null);
    }

    [Fact]
    public void TryAnswer_WhoSentApologies_ListsOnlyApologiesCited()
    {
        var facts = Set(
            meetings: [Meeting(November, source: "minutes.txt")],
            attendance:
            [
                Attendee(November, "Councillor Ali", AttendanceStatus.Apologies, "minutes.txt"),
                Attendee(November, "Councillor Brown", AttendanceStatus.Apologies, "minutes.txt"),
                Attendee(November, "Councillor Cole", AttendanceStatus.Present, "minutes.txt"),
            ]);

        var sut = MeetingFactAnswers.TryAnswer(Ask("Who sent apologies on 13 November 2024?", QuestionIntent.Apologies, "sent apologies", [On(2024, 11, 13)]), facts, AsOf);

        Assert.NotNull(sut);
        Assert.Contains("Apologies: Councillor Ali, Councillor Brown [1].", sut.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Cole", sut.Text, StringComparison.Ordinal);
        Assert.Equal("Apologies: Councillor Ali", Assert.Single(sut.Citations).Quote);
    }

    [Theory]
    [InlineData("were there any apologies?", QuestionIntent.Apologies, "apologies", true)]
    [InlineData("who was absent?", QuestionIntent.Absent, "absent", false)] // many minutes record only apologies: no one is said to be absent
    public void TryAnswer_SecondQuestionWhenTheMinutesRecordOnlyWhoWasThere_SaysNoApologiesButNotNoAbsences(string second, QuestionIntent intent, string word, bool saysNoneRecorded)
    {
        var facts = Set(
            meetings: [Meeting(November, source: "minutes.txt", chair: "Councillor Cole")],
            attendance: [Attendee(November, "Councillor Cole", AttendanceStatus.Present, "minutes.txt")]);

        var sut = MeetingFactAnswers.TryAnswer(
            Ask($"who chaired the 13 November 2024 meeting, and {second}", QuestionIntent.Chair | intent, $"chaired meeting {word}", [On(2024, 11, 13)]), facts, AsOf);

        Assert.NotNull(sut);
        Assert.Contains("chaired by Councillor Cole", sut.Text, StringComparison.Ordinal);
        Assert.Equal(saysNoneRecorded, sut.Text.Contains("No apologies are recorded", StringComparison.Ordinal));
        Assert.True(saysNoneRecorded || !sut.Text.Contains("absent", StringComparison.OrdinalIgnoreCase), sut.Text);
    }

    [Fact]
    public void TryAnswer_AnyApologiesWithNoRecordOfWhoWasThere_SaysNothingOfApologies()
    {
        var facts = Set(meetings: [Meeting(November, source: "agenda.txt", chair: "Councillor Cole")]);

        var sut = MeetingFactAnswers.TryAnswer(
            Ask("who chaired the 13 November 2024 meeting, and were there any apologies?", QuestionIntent.Chair | QuestionIntent.Apologies, "chaired meeting apologies", [On(2024, 11, 13)]), facts, AsOf);

        Assert.DoesNotContain("apologies", sut?.Text ?? string.Empty, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void TryAnswer_WhoAttended_ListsPresentAndSubstitutesWithRoles()
    {
        var facts = Set(
            meetings: [Meeting(November, source: "minutes.txt")],
            attendance:
            [
                Attendee(November, "Councillor Cole", AttendanceStatus.Present, "minutes.txt", role: "Chair"),
                Attendee(November, "Councillor Dean", AttendanceStatus.Substitute, "minutes.txt"),
                Attendee(November, "Councillor Ali", AttendanceStatus.Apologies, "minutes.txt"),
            ]);

        var sut = MeetingFactAnswers.TryAnswer(Ask("Who attended on 13 November 2024?", QuestionIntent.Attendance, "attended", [On(2024, 11, 13)]), facts, AsOf);

        Assert.NotNull(sut);
        Assert.Contains("Present: Councillor Cole (Chair) [1].", sut.Text, StringComparison.Ordinal);
        Assert.Contains("Substitutes: Councillor Dean [2].", sut.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ali", sut.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TryAnswer_AbsenceAskedWithoutTheWordAbsent_ListsApologiesToo()
    {
        var facts = Set(
            meetings: [Meeting(November, source: "minutes.txt")],
            attendance:
            [
                Attendee(November, "Councillor Ali", AttendanceStatus.Apologies, "minutes.txt"),
                Attendee(November, "Councillor Eve", AttendanceStatus.Absent, "minutes.txt"),
            ]);

        var missing = MeetingFactAnswers.TryAnswer(Ask("Who was not present on 13 November 2024?", QuestionIntent.Absent, "present", [On(2024, 11, 13)]), facts, AsOf);
        var absent = MeetingFactAnswers.TryAnswer(Ask("Who was absent on 13 November 2024?", QuestionIntent.Absent, "absent", [On(2024, 11, 13)]), facts, AsOf);

        Assert.Contains("Councillor Ali", missing!.Text, StringComparison.Ordinal);
        Assert.Contains("Absent: Councillor Eve", absent!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Councillor Ali", absent.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TryAnswer_NextMeetingAsOfADate_IsTheFirstOnOrAfterIt()
    {
        var facts = Set(meetings: [Meeting(November), Meeting(January), Meeting(March)]);

        var afterJanuary = MeetingFactAnswers.TryAnswer(Ask("When is the next meeting?", QuestionIntent.NextMeeting, "next meeting"), facts, new DateOnly(2025, 1, 16));
        var onTheDay = MeetingFactAnswers.TryAnswer(Ask("When is the next meeting?", QuestionIntent.NextMeeting, "next meeting"), facts, January);

        Assert.Equal("The Children and Young People Scrutiny Committee meeting on Wednesday 12 March 2025 starts at 9.30 am and is at Loxley House. [1]", afterJanuary!.Text);
        Assert.Contains("Wednesday 15 January 2025", onTheDay!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TryAnswer_NoMeetingAfterTheDate_ReturnsNull()
    {
        var facts = Set(meetings: [Meeting(November), Meeting(January)]);

        var sut = MeetingFactAnswers.TryAnswer(Ask("When is the next meeting?", QuestionIntent.NextMeeting, "next meeting"), facts, new DateOnly(2025, 2, 1));

        Assert.Null(sut);
    }

    [Fact]
    public void TryAnswer_LastMeeting_IsTheLatestOnOrBeforeTheDateInThePastTense()
    {
        var facts = Set(meetings: [Meeting(November), Meeting(January, end: new TimeOnly(11, 45)), Meeting(March)]);

        var sut = MeetingFactAnswers.TryAnswer(Ask("Where was the last meeting held?", QuestionIntent.Place | QuestionIntent.When, "last meeting held", relative: RelativeMeeting.Last), facts, AsOf);

        Assert.Equal("The Children and Young People Scrutiny Committee meeting on Wednesday 15 January 2025 ran from 9.30 am to 11.45 am and was held at Loxley House. [1]", sut!.Text);
    }

    [Fact]
    public void TryAnswer_CommitteeNamed_DescribesOnlyThatCommitteesMeeting()
    {
        var facts = Set(meetings: [Meeting(January, Cyp, "cyp.txt", chair: "Councillor Cyp"), Meeting(January, Health, "health.txt", chair: "Councillor Health")]);

        var sut = MeetingFactAnswers.TryAnswer(Ask("Who chaired the Health Scrutiny Committee on 15 January 2025?", QuestionIntent.Chair, "chaired", [On(2025, 1, 15)], Health), facts, AsOf);

        Assert.Contains("Councillor Health", sut!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Councillor Cyp", sut.Text, StringComparison.Ordinal);
        Assert.Equal("health.txt", Assert.Single(sut.Citations).Source);
    }

    [Fact]
    public void TryAnswer_QuestionAboutSomethingDiscussed_ReturnsNull()
    {
        var facts = Set(meetings: [Meeting(January, chair: "Councillor Cole")]);

        var sut = MeetingFactAnswers.TryAnswer(Ask("Who chaired the budget discussion on 15 January 2025?", QuestionIntent.Chair, "chaired budget savings", [On(2025, 1, 15)]), facts, AsOf);

        Assert.Null(sut);
    }

    [Fact]
    public void TryAnswer_SeveralMeetingsAndNoDateNamed_ReturnsNull()
    {
        var facts = Set(meetings: [Meeting(November, chair: "Councillor Cole"), Meeting(January, chair: "Councillor Cole")]);

        var sut = MeetingFactAnswers.TryAnswer(Ask("Who chaired the meeting?", QuestionIntent.Chair, "chaired meeting"), facts, AsOf);

        Assert.Null(sut);
    }

    [Fact]
    public void TryAnswer_ChairNotRecorded_ReturnsNull()
    {
        var facts = Set(meetings: [Meeting(January)]);

        var sut = MeetingFactAnswers.TryAnswer(Ask("Who chaired the meeting on 15 January 2025?", QuestionIntent.Chair, "chaired meeting", [On(2025, 1, 15)]), facts, AsOf);

        Assert.Null(sut);
    }

    [Theory]
    [InlineData(2025, 3, 12, "is to be chaired by Councillor Jane Hanna")]
    [InlineData(2024, 11, 13, "had Councillor Jane Hanna listed as its chair")]
    public void TryAnswer_ChairOnlyAnAgendaLists_SaysItIsListedNotThatTheyChaired(int year, int month, int day, string expected)
    {
        var date = new DateOnly(year, month, day);
        var agenda = new Meeting("agenda.txt", "Council", Cyp, date, new TimeOnly(9, 30), null, "Loxley House", "Councillor Jane Hanna", new Evidence("agenda.txt", "Agenda", 1, "Membership: Councillor Jane Hanna (Chair)"));

        var sut = MeetingFactAnswers.TryAnswer(Ask($"Who chairs the meeting on {day} {new DateOnly(year, month, 1):MMMM} {year}?", QuestionIntent.Chair, "chairs meeting", [On(year, month, day)]), Set(meetings: [agenda]), AsOf);

        Assert.NotNull(sut);
        Assert.Contains(expected, sut.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("was chaired", sut.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TryAnswer_ChairInBothAgendaAndMinutes_TakesTheMinutes()
    {
        var agenda = new Meeting("agenda.txt", "Council", Cyp, November, new TimeOnly(9, 30), null, "Loxley House", "Councillor Jane Hanna", new Evidence("agenda.txt", "Agenda", 1, "Membership: Councillor Jane Hanna (Chair)"));
        var facts = Set(meetings: [agenda, Meeting(November, source: "minutes.txt", chair: "Councillor Ian Snowdon")]);

        var sut = MeetingFactAnswers.TryAnswer(Ask("Who chaired the meeting on 13 November 2024?", QuestionIntent.Chair, "chaired meeting", [On(2024, 11, 13)]), facts, AsOf);

        Assert.NotNull(sut);
        Assert.Contains("was chaired by Councillor Ian Snowdon", sut.Text, StringComparison.Ordinal);
    }
}
