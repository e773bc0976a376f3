using ScrutinyBot.Core.Answering.Facts;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Storage;
using static ScrutinyBot.Core.Tests.Answering.Facts.FactSets;
using static ScrutinyBot.Core.Tests.Answering.Facts.Questions;

namespace ScrutinyBot.Core.Tests.Answering.Facts;

public sealed class MeetingNotInPapersTests
{
    private static readonly FactSet Facts = Set(meetings:
    [
        Meeting(new DateOnly(2022, 9, 27), source: "sept.txt"),
        Meeting(new DateOnly(2022, 6, 21), source: "june.txt"),
    ]);

    [Fact]
    public void TryAnswer_WhatAMeetingHeardInAMonthWithNoMeetingOfThatCommittee_SaysSoAndListsItsMeetings()
    {
        var sut = MeetingNotInPapers.TryAnswer(
            Ask("what did the careers hub present to the committee in December 2022?", QuestionIntent.None, "careers hub present", [InMonth(2022, 12)], Cyp), new FactIndex(Facts));

        Assert.NotNull(sut);
        Assert.False(sut.Answered);
        Assert.Contains("12/2022", sut.Text, StringComparison.Ordinal);
        Assert.Contains("27 September 2022", sut.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TryAnswer_AMeetingInThatMonthIsInThePapers_LeavesItToTheOtherAnswers() =>
        Assert.Null(MeetingNotInPapers.TryAnswer(
            Ask("what did the careers hub present to the committee in September 2022?", QuestionIntent.None, "careers hub present", [InMonth(2022, 9)], Cyp), new FactIndex(Facts)));

    [Theory]
    [InlineData("what is coming to the committee in December 2022?", QuestionIntent.WorkProgramme)] // the plan, not a meeting held
    [InlineData("how many children were in care in December 2022?", QuestionIntent.Quantity)] // not about a meeting
    public void TryAnswer_NotAboutWhatAMeetingDid_LeavesItToTheOtherAnswers(string question, QuestionIntent intent) =>
        Assert.Null(MeetingNotInPapers.TryAnswer(Ask(question, intent, "children care", [InMonth(2022, 12)], Cyp), new FactIndex(Facts)));

    [Fact]
    public void TryAnswer_NoCommitteeNamed_LeavesItToTheOtherAnswers() =>
        Assert.Null(MeetingNotInPapers.TryAnswer(
            Ask("what was presented in December 2022?", QuestionIntent.None, "presented", [InMonth(2022, 12)]), new FactIndex(Facts)));
}
