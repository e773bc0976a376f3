using ScrutinyBot.Core.Answering.Facts;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using static ScrutinyBot.Core.Tests.Answering.Facts.FactSets;
using static ScrutinyBot.Core.Tests.Answering.Facts.Questions;

namespace ScrutinyBot.Core.Tests.Answering.Facts;

public sealed class ResolutionFactAnswersTests
{
    private static readonly DateOnly November = new(2024, 11, 13);
    private static readonly DateOnly LateNovember = new(2024, 11, 27);
    private static readonly DateOnly January = new(2025, 1, 15);

    [Fact]
    public void TryAnswer_ResolutionReference_QuotesThatResolutionCited()
    {
        var facts = Set(resolutions:
        [
            Resolution(November, "To note the report.", "2024/016"),
            Resolution(November, "To request a report on exclusions.", "2024/017"),
        ]);

        var sut = ResolutionFactAnswers.TryAnswer(Ask("What was resolution 2024/017?", QuestionIntent.Resolutions, "resolution"), facts);

        Assert.Equal("Resolution 2024/017 (Children and Young People Scrutiny Committee, 13 November 2024): To request a report on exclusions. [1]", sut!.Text);
        Assert.Equal(("minutes.txt", "Minutes", November), (sut.Citations[0].Source, sut.Citations[0].Part, sut.Citations[0].MeetingDate));
    }

    [Fact]
    public void TryAnswer_UnknownReference_ReturnsNull()
    {
        var facts = Set(resolutions: [Resolution(November, "To note the report.", "2024/016")]);

        var sut = ResolutionFactAnswers.TryAnswer(Ask("What was resolution 2023/999?", QuestionIntent.Resolutions, "resolution"), facts);

        Assert.Null(sut);
    }

    [Fact]
    public void TryAnswer_ResolvedOnADate_ListsThatMeetingsResolutionsOnly()
    {
        var facts = Set(resolutions:
        [
            Resolution(November, "To note the annual report.", item: "Safeguarding Partnership"),
            Resolution(November, "To request figures on exclusions.", item: "Alternative Provision"),
            Resolution(January, "To note the work programme.", item: "Work Programme"),
        ]);

        var sut = ResolutionFactAnswers.TryAnswer(Ask("What was resolved on 13 November 2024?", QuestionIntent.Resolutions, "resolved", [On(2024, 11, 13)]), facts);

        Assert.Equal(
            "Safeguarding Partnership (Children and Young People Scrutiny Committee, 13 November 2024): To note the annual report. [1]\n"
            + "Alternative Provision (Children and Young People Scrutiny Committee, 13 November 2024): To request figures on exclusions. [2]",
            sut!.Text);
        Assert.Equal(2, sut.Citations.Count);
    }

    [Fact]
    public void TryAnswer_ResolvedInAMonth_NewestMeetingFirst()
    {
        var facts = Set(resolutions: [Resolution(November, "Earlier."), Resolution(LateNovember, "Later."), Resolution(January, "Not November.")]);

        var sut = ResolutionFactAnswers.TryAnswer(Ask("What was agreed in November 2024?", QuestionIntent.Resolutions, "agreed", [InMonth(2024, 11)]), facts);

        Assert.Equal([LateNovember, November], sut!.Citations.Select(c => c.MeetingDate!.Value));
    }

    [Fact]
    public void TryAnswer_CommitteeNamed_LeavesOutOtherCommittees()
    {
        var facts = Set(resolutions: [Resolution(November, "Health resolution.", committee: Health), Resolution(November, "CYP resolution.")]);

        var sut = ResolutionFactAnswers.TryAnswer(Ask("What did the Health Scrutiny Committee resolve on 13 November 2024?", QuestionIntent.Resolutions, "resolve", [On(2024, 11, 13)], Health), facts);

        Assert.Contains("Health resolution.", sut!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("CYP resolution.", sut.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TryAnswer_ResolvedAboutATopicOnADate_QuotesOnlyTheResolutionOnThatTopicAndDate()
    {
        var facts = Set(resolutions:
        [
            Resolution(November, "To request figures on exclusions.", minute: "7"),
            Resolution(January, "To request figures on exclusions by school.", minute: "3"),
            Resolution(November, "To note the budget report.", minute: "8"),
        ]);

        var sut = ResolutionFactAnswers.TryAnswer(Ask("What was resolved about exclusions on 13 November 2024?", QuestionIntent.Resolutions, "resolved exclusions", [On(2024, 11, 13)]), facts);

        Assert.Equal("Item (Children and Young People Scrutiny Committee, 13 November 2024): To request figures on exclusions. [1]", sut!.Text);
    }

    [Fact]
    public void TryAnswer_NoDateNamed_ReturnsNull()
    {
        var facts = Set(resolutions: [Resolution(November, "To note the report.")]);

        var sut = ResolutionFactAnswers.TryAnswer(Ask("What was resolved?", QuestionIntent.Resolutions, "resolved"), facts);

        Assert.Null(sut);
    }

    [Fact]
    public void TryAnswer_ManyResolutions_ListsAtMostSix()
    {
        var facts = Set(resolutions: [.. Enumerable.Range(1, 9).Select(i => Resolution(November, $"Resolution number {i}.", minute: $"{i}"))]);

        var sut = ResolutionFactAnswers.TryAnswer(Ask("What was resolved on 13 November 2024?", QuestionIntent.Resolutions, "resolved", [On(2024, 11, 13)]), facts);

        Assert.Equal(6, sut!.Citations.Count);
        Assert.Equal(6, sut.Text.Split('\n').Length);
    }
    [Fact]
    public void TryAnswer_ResolvedAboutATopic_QuotesTheResolutionsOfThatItem()
    {
        var facts = Set(resolutions:
        [
            Resolution(November, "Resolved to review progress in improving communication with parents.", item: "Ofsted and CQC SEND Inspection"),
            Resolution(November, "Resolved to note the work programme.", item: "Work Programme"),
        ]);

        var sut = ResolutionFactAnswers.TryAnswer(Ask("what did the committee resolve after the SEND inspection item?", QuestionIntent.Resolutions, "committee resolve SEND inspection item"), facts);

        Assert.Equal("Ofsted and CQC SEND Inspection (Children and Young People Scrutiny Committee, 13 November 2024): Resolved to review progress in improving communication with parents. [1]", sut!.Text);
    }

    [Fact]
    public void TryAnswer_FollowUpQuestionAfterADash_AnswersTheFirstQuestionsTopic()
    {
        var facts = Set(resolutions:
        [
            Resolution(November, "Endorses the joint work to respond to the English Devolution White Paper.", item: "English Devolution White Paper"),
            Resolution(November, "Resolved to note the work programme.", item: "Work Programme"),
        ]);
        const string question = "what did the committee resolve on the devolution white paper - was anything added to the leader's recommendations?";

        var sut = ResolutionFactAnswers.TryAnswer(Ask(question, QuestionIntent.Resolutions, "committee resolve devolution white paper added leader's recommendations"), facts);

        Assert.Contains("Endorses the joint work", sut!.Text);
        Assert.DoesNotContain("work programme", sut.Text);
    }

    [Fact]
    public void TryAnswer_OneQuestionWhoseWordsMatchNoResolution_ReturnsNull()
    {
        var facts = Set(resolutions: [Resolution(November, "Endorses the joint work to respond to the English Devolution White Paper.", item: "English Devolution White Paper")]);
        const string question = "what did the committee resolve on the devolution white paper added to the leader's recommendations?";

        Assert.Null(ResolutionFactAnswers.TryAnswer(Ask(question, QuestionIntent.Resolutions, "committee resolve devolution white paper added leader's recommendations"), facts));
    }

    [Fact]
    public void TryAnswer_ResolvedAboutATopicNoResolutionNames_ReturnsNull()
    {
        var facts = Set(resolutions: [Resolution(November, "Resolved to note the work programme.", item: "Work Programme")]);

        var sut = ResolutionFactAnswers.TryAnswer(Ask("what was agreed about school exclusions?", QuestionIntent.Resolutions, "agreed school exclusions"), facts);

        Assert.Null(sut);
    }

    [Fact]
    public void TryAnswer_TopicInSomePointsOfAMotion_QuotesTheWholeDecisionInItsOrderOnce()
    {
        var facts = Set(resolutions:
        [
            Resolution(November, "To declare our complete solidarity with the farmers of Kent in opposing the change to Inheritance Tax relief.", item: "Motions for Time Limited Debate", minute: "281"),
            Resolution(November, "To recognise the importance of farming to the local economy.", item: "Motions for Time Limited Debate", minute: "281"),
            Resolution(November, "To ask the Leader to write to the Chancellor, noting the impact the family farm tax will have.", item: "Motions for Time Limited Debate", minute: "281"),
            Resolution(November, "To note the treasury management report.", item: "Treasury Management", minute: "282"),
        ]);

        var sut = ResolutionFactAnswers.TryAnswer(Ask("what did council agree on the family farm tax?", QuestionIntent.Resolutions, "agree family farm tax"), facts);

        Assert.Equal(
            "Motions for Time Limited Debate (Children and Young People Scrutiny Committee, 13 November 2024):\n"
            + "- To declare our complete solidarity with the farmers of Kent in opposing the change to Inheritance Tax relief.\n"
            + "- To recognise the importance of farming to the local economy.\n"
            + "- To ask the Leader to write to the Chancellor, noting the impact the family farm tax will have. [1]",
            sut!.Text);
        Assert.Single(sut.Citations);
    }

    [Fact]
    public void TryAnswer_TopicResolvedAtManyMeetings_QuotesTheNewestWholeDecisionsUpToTheLimit()
    {
        var resolutions = new List<global::ScrutinyBot.Core.Extraction.Resolution>();
        for (var week = 0; week < 30; week++)
        {
            var date = November.AddDays(7 * week);
            resolutions.Add(Resolution(date, $"To note the family farm tax report of week {week}.", item: "Motions", minute: $"{week}"));
            resolutions.Add(Resolution(date, $"To write to the Chancellor in week {week}.", item: "Motions", minute: $"{week}"));
        }

        var sut = ResolutionFactAnswers.TryAnswer(Ask("what did council agree on the family farm tax?", QuestionIntent.Resolutions, "agree family farm tax"), Set(resolutions: resolutions));

        Assert.NotNull(sut);
        Assert.Contains("To write to the Chancellor in week 29.", sut.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("week 0.", sut.Text, StringComparison.Ordinal);
        Assert.Equal(3, sut.Citations.Count);
    }
}
