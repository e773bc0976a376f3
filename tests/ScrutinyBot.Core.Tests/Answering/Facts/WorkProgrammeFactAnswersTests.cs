using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Answering.Facts;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using static ScrutinyBot.Core.Tests.Answering.Facts.FactSets;
using static ScrutinyBot.Core.Tests.Answering.Facts.Questions;

namespace ScrutinyBot.Core.Tests.Answering.Facts;

public sealed class WorkProgrammeFactAnswersTests
{
    [Fact]
    public void TryAnswer_ProgrammeForAMonth_ListsItemsPlannedThenCited()
    {
        var facts = Set(programme:
        [
            Programme("Permanent exclusions", new DateOnly(2025, 3, 12), lead: "Director of Education"),
            Programme("Youth justice plan", null, when: "March 2025"),
            Programme("Budget consultation", new DateOnly(2025, 1, 15)),
        ]);

        var sut = WorkProgrammeFactAnswers.TryAnswer(Ask("What is on the work programme for March 2025?", QuestionIntent.WorkProgramme, "work programme", [InMonth(2025, 3)]), facts);

        Assert.Equal("- 12 March 2025: Permanent exclusions (Director of Education) [1]\n- March 2025: Youth justice plan [2]", sut!.Text);
        Assert.Equal(["programme.txt", "programme.txt"], sut.Citations.Select(c => c.Source));
    }

    [Fact]
    public void TryAnswer_AgendaOfAMeetingWithoutPapers_SaysSoAndListsWhatIsPlanned()
    {
        var facts = Set(programme:
        [
            Programme("Youth justice plan", new DateOnly(2024, 7, 15)),
            Programme("Budget consultation", new DateOnly(2025, 1, 15)),
        ]);

        var sut = WorkProgrammeFactAnswers.TryAnswer(Ask("what's on the list for the 15 July 2024 committee?", QuestionIntent.Agenda, "list committee", [On(2024, 7, 15)]), facts);

        Assert.Equal("The papers hold no agenda for that meeting; the work programme plans:\n- 15 July 2024: Youth justice plan [1]", sut!.Text);
    }

    [Fact]
    public void TryAnswer_NothingPlannedThatMonth_ReturnsNull()
    {
        var facts = Set(programme: [Programme("Budget consultation", new DateOnly(2025, 1, 15))]);

        var sut = WorkProgrammeFactAnswers.TryAnswer(Ask("What is on the work programme for March 2025?", QuestionIntent.WorkProgramme, "work programme", [InMonth(2025, 3)]), facts);

        Assert.Null(sut);
    }

    [Fact]
    public void TryAnswer_WhenDoesAnItemComeToCommittee_GivesItsDate()
    {
        var facts = Set(programme:
        [
            Programme("Budget consultation", new DateOnly(2025, 1, 15)),
            Programme("School exclusions and alternative provision", null, when: "TBC"),
        ]);

        var sut = WorkProgrammeFactAnswers.TryAnswer(Ask("When do school exclusions come to committee?", QuestionIntent.When, "school exclusions come"), facts);

        Assert.Equal("- TBC: School exclusions and alternative provision [1]", sut!.Text);
    }

    [Theory]
    [InlineData("16 October 2023", false)] // the month asked, another year
    [InlineData("October 2024", true)]
    public void TryAnswer_ItemAskedInAMonthOfAYear_IsThatYearsSlot(string when, bool found)
    {
        var facts = Set(programme: [Programme("Safeguarding partnership annual report", null, when: when)]);

        var sut = WorkProgrammeFactAnswers.TryAnswer(Ask("When in October 2024 does the safeguarding partnership annual report come to committee?", QuestionIntent.When, "safeguarding partnership annual report come", [InMonth(2024, 10)]), facts);

        Assert.Equal(found, sut is not null);
    }

    [Fact]
    public void TryAnswer_ItemNotOnTheProgramme_ReturnsNull()
    {
        var facts = Set(programme: [Programme("Budget consultation", new DateOnly(2025, 1, 15))]);

        var sut = WorkProgrammeFactAnswers.TryAnswer(Ask("When do library closures come to committee?", QuestionIntent.When, "library closures come"), facts);

        Assert.Null(sut);
    }

    [Fact]
    public void TryAnswer_CommitteeNamed_LeavesOutOtherCommitteesItems()
    {
        var facts = Set(programme:
        [
            Programme("Hospital discharge", new DateOnly(2025, 3, 5), committee: Health),
            Programme("Permanent exclusions", new DateOnly(2025, 3, 12)),
        ]);

        var sut = WorkProgrammeFactAnswers.TryAnswer(Ask("What is on the Health Scrutiny Committee work programme for March 2025?", QuestionIntent.WorkProgramme, "work programme", [InMonth(2025, 3)], Health), facts);

        Assert.Equal("- 5 March 2025: Hospital discharge [1]", sut!.Text);
    }

    [Fact]
    public void TryAnswer_ProgrammeAskedWithoutADate_ReturnsNull()
    {
        var facts = Set(programme: [Programme("Permanent exclusions", new DateOnly(2025, 3, 12))]);

        var sut = WorkProgrammeFactAnswers.TryAnswer(Ask("What is on the work programme?", QuestionIntent.WorkProgramme, "work programme"), facts);

        Assert.Null(sut);
    }
    [Fact]
    public void TryAnswer_WhatHappenedToARequest_QuotesWhatTheProgrammeRecords()
    {
        var haf = Programme("Holiday Activities and Food Programme (HAF)", null, when: "Items for information") with
        {
            Evidence = new("programme.txt", "Work programme", 12, "Holiday Activities and Food Programme (HAF) Resolved at the June 2023 meeting: That a report on the delivery of HAF be brought to a future meeting. March 2023 - Chairman agreed for a briefing note to be circulated to members."),
        };
        var facts = Set(programme: [haf, Programme("Budget consultation", new DateOnly(2025, 1, 15))]);

        var sut = WorkProgrammeFactAnswers.TryAnswer(Ask("what happened to the HAF report members asked for?", QuestionIntent.Outcome, "HAF report members asked"), facts);

        Assert.Contains("briefing note to be circulated", sut!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Budget", sut.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TryAnswer_TopicNamedInTitleAndInAnotherEntrysText_PutsTheTitleMatchFirst()
    {
        WorkProgrammeItem Entry(string item, DateOnly date, string text) => Programme(item, date) with { Evidence = new("programme.txt", "Work programme", 12, $"{item} {text}") };
        var facts = Set(programme:
        [
            Entry("Elective Home Education", new DateOnly(2024, 2, 5), "To consider the findings of the review of home education and school place planning."),
            Entry("Pupil Place Planning", new DateOnly(2024, 7, 15), "To consider the outcomes of the review."),
        ]);

        var sut = WorkProgrammeFactAnswers.TryAnswer(Ask("when do the pupil place planning review findings come to committee?", QuestionIntent.When | QuestionIntent.WorkProgramme, "pupil place planning review findings"), facts);

        Assert.StartsWith("- 15 July 2024: Pupil Place Planning", sut!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TryAnswer_WhenDidSomethingHappenInAYearTheProgrammeDoesNotCover_ReturnsNull()
    {
        var facts = Set(programme: [Programme("SEND inspection outcomes", new DateOnly(2023, 10, 16))]);

        var sut = WorkProgrammeFactAnswers.TryAnswer(Ask("When did the SEND inspection happen in 2021?", QuestionIntent.When, "send inspection", [new DateMention(2021, null, null, "2021")]), facts);

        Assert.Null(sut);
    }

    [Theory]
    [InlineData("when was the Ofsted inspection report published?", false)]
    [InlineData("when did the Ofsted inspection report come to committee?", true)]
    [InlineData("when is the Ofsted inspection report published?", true)]
    [InlineData("what date we published the Ofsted inspection report?", false)] // a past verb without "did"
    [InlineData("when they published the Ofsted inspection report?", false)]
    public void TryAnswer_WhenDidSomethingHappen_IsNotAProgrammeSlotUnlessItCameToCommittee(string question, bool answered)
    {
        var facts = Set(programme: [Programme("Ofsted inspection report published", new DateOnly(2022, 9, 27))]);

        var sut = WorkProgrammeFactAnswers.TryAnswer(Ask(question, QuestionIntent.When, "ofsted inspection report published"), facts);

        Assert.Equal(answered, sut is not null);
    }
}
