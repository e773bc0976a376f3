using ScrutinyBot.Core.Answering.Facts;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using static ScrutinyBot.Core.Tests.Answering.Facts.FactSets;
using static ScrutinyBot.Core.Tests.Answering.Facts.Questions;

namespace ScrutinyBot.Core.Tests.Answering.Facts;

public sealed class MinutesNotInPapersTests
{
    private static readonly DateOnly January = new(2025, 1, 15);
    private static readonly DateOnly November = new(2024, 11, 13);

    [Fact]
    public void TryAnswer_DecisionsOfAMeetingWithOnlyItsAgenda_SaysTheyAreNotInThePapers()
    {
        var facts = Set(
            meetings: [Meeting(January, source: "agenda-jan.txt"), Meeting(November, source: "minutes-nov.txt")],
            resolutions: [Resolution(November, "RESOLVED to note the report")]);

        var sut = MinutesNotInPapers.TryAnswer(
            Ask("what did CYP scrutiny conclude about the budget at its 15 Jan 2025 meeting?", QuestionIntent.Conclusion, "budget", [On(2025, 1, 15)], Cyp), new FactIndex(facts));

        Assert.NotNull(sut);
        Assert.False(sut.Answered);
        Assert.Contains("15 January 2025", sut.Text, StringComparison.Ordinal);
        Assert.Contains("agenda", sut.Text, StringComparison.Ordinal);
        Assert.Equal("agenda-jan.txt", sut.Citations.Single().Source);
    }

    [Fact]
    public void TryAnswer_ApologiesForAMeetingWithOnlyItsAgenda_SaysTheMinutesAreNotInThePapers()
    {
        var facts = Set(
            meetings: [Meeting(January, source: "agenda-jan.txt"), Meeting(November, source: "minutes-nov.txt")],
            attendance: [Attendee(November, "Councillor A", AttendanceStatus.Apologies, source: "minutes-nov.txt")]);

        var sut = MinutesNotInPapers.TryAnswer(
            Ask("who sent apologies to CYP scrutiny on 15 Jan?", QuestionIntent.Apologies | QuestionIntent.Person, "sent", [On(2025, 1, 15)], Cyp), new FactIndex(facts));

        Assert.NotNull(sut);
        Assert.False(sut.Answered);
        Assert.Contains("apologies", sut.Text, StringComparison.Ordinal);
        Assert.Contains("15 January 2025", sut.Text, StringComparison.Ordinal);
        Assert.Equal("agenda-jan.txt", sut.Citations.Single().Source);
    }

    [Fact]
    public void TryAnswer_ApologiesForAMeetingWithItsMinutes_LeavesItToTheOtherAnswers()
    {
        var facts = Set(
            meetings: [Meeting(November, source: "minutes-nov.txt")],
            attendance: [Attendee(November, "Councillor A", AttendanceStatus.Apologies, source: "minutes-nov.txt")]);

        Assert.Null(MinutesNotInPapers.TryAnswer(
            Ask("who sent apologies on 13 November 2024?", QuestionIntent.Apologies | QuestionIntent.Person, "sent", [On(2024, 11, 13)], Cyp), new FactIndex(facts)));
    }

    [Fact]
    public void TryAnswer_AttendanceOfAMeetingNotInThePapers_SaysSoAndNamesTheMeetingsHeld()
    {
        var facts = Set(meetings: [Meeting(January, source: "agenda-jan.txt"), Meeting(November, source: "minutes-nov.txt")]);

        var sut = MinutesNotInPapers.TryAnswer(
            Ask("who turned up to CYP scrutiny in December 2022?", QuestionIntent.Attendance | QuestionIntent.Person, "turned", [new DateMention(2022, 12, null, "December 2022")], Cyp), new FactIndex(facts));

        Assert.NotNull(sut);
        Assert.False(sut.Answered);
        Assert.Contains("December 2022", sut.Text, StringComparison.Ordinal);
        Assert.Contains("13 November 2024", sut.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who chaired the Children and Young People Scrutiny Committee meeting in December 2022?", false)]
    [InlineData("who was chair of the Children and Young People Scrutiny Committee in December 2022?", false)]
    [InlineData("who is chair of the Children and Young People Scrutiny Committee in December 2022?", true)] // not one meeting's chair
    [InlineData("who chaired the CYP meeting in December 2022?", true)] // the committee is not named in full
    public void TryAnswer_ChairOfAMeetingNotInThePapers_SaysSoWhenTheCommitteeIsNamed(string question, bool leftToOthers)
    {
        var facts = Set(meetings: [Meeting(November, source: "minutes-nov.txt", chair: "Councillor A")]);

        var sut = MinutesNotInPapers.TryAnswer(
            Ask(question, QuestionIntent.Chair | QuestionIntent.Person, "chair", [new DateMention(2022, 12, null, "December 2022")], Cyp), new FactIndex(facts));

        Assert.Equal(leftToOthers, sut is null);
        if (sut is not null)
        {
            Assert.False(sut.Answered);
            Assert.Contains("who chaired it", sut.Text, StringComparison.Ordinal);
            Assert.Contains("13 November 2024", sut.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TryAnswer_ChairOfAMeetingInThePapers_LeavesItToTheMeetingAnswers()
    {
        var facts = Set(meetings: [Meeting(January, source: "agenda-jan.txt", chair: "Councillor A")]);

        Assert.Null(MinutesNotInPapers.TryAnswer(
            Ask("who chaired the Children and Young People Scrutiny Committee on 15 January 2025?", QuestionIntent.Chair | QuestionIntent.Person, "chair", [On(2025, 1, 15)], Cyp), new FactIndex(facts)));
    }

    [Fact]
    public void TryAnswer_DecisionsOfAMeetingNotInThePapers_LeavesItToTheOtherAnswers()
    {
        var facts = Set(meetings: [Meeting(November, source: "minutes-nov.txt")]);

        Assert.Null(MinutesNotInPapers.TryAnswer(
            Ask("what did CYP scrutiny decide in December 2022?", QuestionIntent.Resolutions, "decide", [new DateMention(2022, 12, null, "December 2022")], Cyp), new FactIndex(facts)));
    }

    [Theory]
    [InlineData("what did the Children and Young People Scrutiny Committee decide at its 15 July 2025 meeting?", 2025, 7, 15, false)]
    [InlineData("what did the Children and Young People Scrutiny Committee decide on 2 December 2024?", 2024, 12, 2, true)] // between its papers: others may report it
    [InlineData("what did CYP decide at its 15 July 2025 meeting?", 2025, 7, 15, true)] // the committee is not named in full
    public void TryAnswer_DecisionsOfAMeetingAfterTheCommitteesLatestPaper_SaysItIsNotInThePapers(string question, int year, int month, int day, bool leftToOthers)
    {
        var facts = Set(meetings: [Meeting(November, source: "minutes-nov.txt"), Meeting(January, source: "agenda-jan.txt")]);

        var sut = MinutesNotInPapers.TryAnswer(Ask(question, QuestionIntent.Resolutions, "decide", [On(year, month, day)], Cyp), new FactIndex(facts));

        Assert.Equal(leftToOthers, sut is null);
        if (sut is not null)
        {
            Assert.False(sut.Answered);
            Assert.Contains("so not what it decided", sut.Text, StringComparison.Ordinal);
            Assert.Contains("15 January 2025", sut.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TryAnswer_MeetingWithResolutionsRecorded_LeavesItToTheOtherAnswers()
    {
        var facts = Set(meetings: [Meeting(November, source: "minutes-nov.txt")], resolutions: [Resolution(November, "RESOLVED to note the report")]);

        Assert.Null(MinutesNotInPapers.TryAnswer(
            Ask("what did the committee decide on 13 November 2024?", QuestionIntent.Resolutions, "decide", [On(2024, 11, 13)], Cyp), new FactIndex(facts)));
    }

    [Fact]
    public void TryAnswer_MeetingWithAttendanceRecorded_LeavesItToTheOtherAnswers()
    {
        var facts = Set(
            meetings: [Meeting(November, source: "minutes-nov.txt")],
            attendance: [Attendee(November, "Councillor A", AttendanceStatus.Present, source: "minutes-nov.txt")]);

        Assert.Null(MinutesNotInPapers.TryAnswer(
            Ask("how did the committee vote on 13 November 2024?", QuestionIntent.None, "vote", [On(2024, 11, 13)], Cyp), new FactIndex(facts)));
    }

    [Theory]
    [InlineData("what is the committee asked to decide on 15 January 2025?", QuestionIntent.Decision | QuestionIntent.Resolutions)]
    [InlineData("what time does the 15 January 2025 meeting start?", QuestionIntent.StartTime)]
    public void TryAnswer_NotAboutWhatWasDecided_LeavesItToTheOtherAnswers(string question, QuestionIntent intent)
    {
        var facts = Set(meetings: [Meeting(January, source: "agenda-jan.txt")]);

        Assert.Null(MinutesNotInPapers.TryAnswer(Ask(question, intent, "committee", [On(2025, 1, 15)], Cyp), new FactIndex(facts)));
    }

    [Fact]
    public void TryAnswer_NoDateNamed_LeavesItToTheOtherAnswers()
    {
        var facts = Set(meetings: [Meeting(January, source: "agenda-jan.txt")]);

        Assert.Null(MinutesNotInPapers.TryAnswer(Ask("what did the committee decide about the budget?", QuestionIntent.Resolutions, "budget"), new FactIndex(facts)));
    }

    [Theory]
    [InlineData("what did the careers hub present to the CYP scrutiny committee in December 2024?", false)]
    [InlineData("what did the Leader say about the careers hub in December 2024?", true)]
    [InlineData("what did the December 2024 careers hub report to the CYP scrutiny committee say?", true)] // the paper says it
    public void TryAnswer_WhatWasSaidAtAMeetingNotInThePapers_SaysSoWhenTheCommitteeIsNamed(string question, bool leftToOthers)
    {
        var facts = Set(meetings: [Meeting(January, source: "agenda-jan.txt"), Meeting(November, source: "minutes-nov.txt")]);

        var sut = MinutesNotInPapers.TryAnswer(Ask(question, QuestionIntent.None, "careers hub", [InMonth(2024, 12)], Cyp), new FactIndex(facts));

        Assert.Equal(leftToOthers, sut is null);
        if (sut is not null)
        {
            Assert.False(sut.Answered);
            Assert.Contains("a meeting of the Children and Young People Scrutiny Committee in ", sut.Text, StringComparison.Ordinal);
            Assert.Contains("13 November 2024", sut.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("what did the service say back on the timeliness rec from January?", QuestionIntent.Recommendations | QuestionIntent.Response, true)]
    [InlineData("what did the service say about timeliness at the January meeting?", QuestionIntent.None, false)]
    public void TryAnswer_WhatWasSaidBackOnARecommendation_LeavesItToTheTracker(string question, QuestionIntent intent, bool leftToOthers)
    {
        // A response to a recommendation is written in the tracker, not in the minutes of the meeting that made it.
        var facts = Set(meetings: [Meeting(January, source: "agenda-jan.txt")]);

        var sut = MinutesNotInPapers.TryAnswer(Ask(question, intent, "timeliness", [InMonth(2025, 1)], Cyp), new FactIndex(facts));

        Assert.Equal(leftToOthers, sut is null);
    }
}
