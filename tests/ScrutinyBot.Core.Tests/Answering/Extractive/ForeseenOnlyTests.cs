using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Answering.Extractive;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Tests.Retrieval;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

public sealed class ForeseenOnlyTests
{
    private static List<AnswerUnit> Units(params string[] texts)
    {
        var passage = new ScoredPassage(new SearchHit(1, FakeSearchIndex.Chunk(string.Join(" ", texts)), 1), 1, 1);
        return [.. texts.Select((t, i) => new AnswerUnit(passage, i, t, 1, CoverageCalculator.Stems(t), true))];
    }

    [Fact]
    public void Year_PastQuestionAndThePapersOnlyLookAheadToIt_IsThatYear()
    {
        var units = Units(
            "We anticipate that this will be the final visit prior to a full inspection during the second half of 2025.",
            "The July 2022 inspection judged the service inadequate.");

        Assert.Equal(2025, ForeseenOnly.Year("what grade did Ofsted give at the full inspection in 2025?", units));
    }

    [Theory]
    [InlineData("any word yet on what grade Ofsted gave at the full inspection in 2025?")]
    [InlineData("what rating the inspectors awarded at the full inspection in 2025, do we know?")]
    public void Year_QuestionAskingWhatHappenedWithoutAnAuxiliary_IsThatYear(string question)
    {
        var units = Units("We anticipate that this will be the final visit prior to a full inspection during the second half of 2025.");

        Assert.Equal(2025, ForeseenOnly.Year(question, units));
    }

    [Theory]
    [InlineData("how much has the council got in LOBO loans, and how much of that has option dates in 2025/26?", null)]
    [InlineData("how much the council got in LOBO loans with option dates in 2025/26?", 2025)]
    public void Year_HasGot_IsHavingNotWhatHappened(string question, int? foreseen)
    {
        var units = Units("LOBOs totalling £50m have option dates during 2025/26, and there is a reasonable chance that lenders will exercise their options.");

        Assert.Equal(foreseen, ForeseenOnly.Year(question, units));
    }

    [Theory]
    [InlineData("where will the 2025 conference be held?")]
    [InlineData("when is the decision on the 2025 conference being made?")]
    public void Year_PastParticipleOfWhatIsToCome_IsNull(string question) =>
        Assert.Null(ForeseenOnly.Year(question, Units("The conference will be held at County Hall in 2025, and the decision is expected in 2025.")));

    [Fact]
    public void Year_ThePapersTellWhatHappenedThatYear_IsNull()
    {
        var units = Units(
            "A full inspection is expected in 2025.",
            "The inspection in March 2025 was graded good.");

        Assert.Null(ForeseenOnly.Year("what grade did Ofsted give at the full inspection in 2025?", units));
    }

    private static Dictionary<string, double> KeyWords(params string[] words) => words.ToDictionary(TextTerms.Stem, _ => 2.0);

    [Fact]
    public void Year_OtherSentencesNamingTheYearSayNothingOfTheSubject_IsThatYear()
    {
        var units = Units(
            "We anticipate that this will be the final visit prior to a full inspection during the second half of 2025.",
            "Date: Wednesday, 15 January 2025 - Time: 9.30 am - Place: Committee Room");

        Assert.Equal(2025, ForeseenOnly.Year("what grade did Ofsted give at the full inspection in 2025?", units, weights: KeyWords("grade", "full", "inspection")));
    }

    [Fact]
    public void Year_MinutesOfTheMonthAsked_IsNull()
    {
        var units = UnitsOfMeeting(new DateOnly(2022, 1, 27),
            "Minutes of the meeting held at Loxley House on 27 January 2022",
            "Items to be scheduled during 2024/25 - Annual Report 2022/23 of the families service");

        Assert.Null(ForeseenOnly.Year("how many NRPF families were we supporting as at Jan 2022?", units, weights: KeyWords("nrpf", "families", "supporting")));
    }

    [Fact]
    public void Year_GivenWithTheDayOfTheMeetingAsked_IsNull() =>
        Assert.Null(ForeseenOnly.Year(
            "When cabinet looked at the performance report on 9 January 2025, how many empty homes were brought back into use?",
            Units("Inspections will be replaced with School Report Cards from September 2025.")));

    private static List<AnswerUnit> UnitsOfMeeting(DateOnly meeting, params string[] texts)
    {
        var passage = new ScoredPassage(new SearchHit(1, FakeSearchIndex.Chunk(string.Join(" ", texts)) with { MeetingDate = meeting }, 1), 1, 1);
        return [.. texts.Select((t, i) => new AnswerUnit(passage, i, t, 1, CoverageCalculator.Stems(t), true))];
    }

    [Fact]
    public void Year_MonthAskedIsAfterTheMeetingOfEveryPaperNamingIt_IsThatYear()
    {
        var units = UnitsOfMeeting(new DateOnly(2025, 1, 15), "March 2025 'Deeper Dive' - Alternative education provision for excluded children");
        var asked = QueryAnalyzer.Analyze("what did the committee resolve at its March 2025 deeper dive?", new CommitteeRecognizer([])).Dates;

        Assert.Equal(2025, ForeseenOnly.Year("what did the committee resolve at its March 2025 deeper dive?", units, asked));
    }

    [Fact]
    public void Year_OutcomeOfAMeetingAskedByItsDayAfterEveryPaper_IsThatYear()
    {
        const string question = "what did the committee resolve at its meeting on 12 March 2025?";
        var units = UnitsOfMeeting(new DateOnly(2025, 1, 15), "12 March 2025 meeting: scrutiny of the budget proposals");
        var asked = QueryAnalyzer.Analyze(question, new CommitteeRecognizer([])).Dates;

        Assert.Equal(2025, ForeseenOnly.Year(question, units, asked));
    }

    [Fact]
    public void Year_MonthAskedIsBeforeThePapersMeeting_IsNull()
    {
        var units = UnitsOfMeeting(new DateOnly(2025, 4, 2), "March 2025 'Deeper Dive' - Alternative education provision for excluded children");
        var asked = QueryAnalyzer.Analyze("what did the committee resolve at its March 2025 deeper dive?", new CommitteeRecognizer([])).Dates;

        Assert.Null(ForeseenOnly.Year("what did the committee resolve at its March 2025 deeper dive?", units, asked));
    }

    [Fact]
    public void Year_ASentenceThatLooksAheadButAlsoReportsWhatWas_IsNull() =>
        Assert.Null(ForeseenOnly.Year(
            "how many incidents were reported in 2022?",
            Units("Fly tipping was reported to have increased by 10% with 27,000 incidents in 2022 and will continue to rise.")));

    [Fact]
    public void Year_QuestionAboutWhatIsExpected_IsNull() =>
        Assert.Null(ForeseenOnly.Year(
            "when is the full inspection expected in 2025?",
            Units("A full inspection is expected in the second half of 2025.")));

    [Fact]
    public async Task Answer_OutcomeOfAnEventThePapersOnlyForesee_Abstains()
    {
        var options = Options.Create(new RetrievalOptions());
        var retriever = new PassageRetriever(new FakeSearchIndex(FakeSearchIndex.Chunk(
            "Ofsted undertook their sixth monitoring visit in November. These visits are not graded. We anticipate that this will be "
            + "the final visit prior to a full inspection of children's services during the second half of 2025.")), options);

        var result = await retriever.RetrieveAsync(QueryAnalyzer.Analyze("what grade did Ofsted give children's services at the full inspection in 2025?", new CommitteeRecognizer([])), CancellationToken.None);
        var answer = new ExtractiveAnswerer(options).Answer(result);

        Assert.False(answer.Answered, answer.Text);
    }

    [Theory]
    [InlineData("Did the trust chief executives turn up to the March 2025 deeper dive on exclusions?", 2025, 1, false)]
    [InlineData("quick one - did the trust chief executives turn up to the March 2025 deeper dive on exclusions?", 2025, 1, false)]
    [InlineData("Did the trust chief executives turn up to the March 2025 deeper dive on exclusions?", 2025, 4, true)]
    public async Task Answer_WhetherSomethingHappenedInAMonthAfterThePapers_Abstains(string question, int year, int month, bool answered)
    {
        var options = Options.Create(new RetrievalOptions());
        var retriever = new PassageRetriever(new FakeSearchIndex(FakeSearchIndex.Chunk(
            "March 2025 deeper dive on permanent exclusions: evidence from the trust chief executives, who turn up to explain their plans.",
            meetingDate: new DateOnly(year, month, 15))), options);

        var result = await retriever.RetrieveAsync(QueryAnalyzer.Analyze(question, new CommitteeRecognizer([])), CancellationToken.None);
        var answer = new ExtractiveAnswerer(options).Answer(result);

        Assert.Equal(answered, answer.Answered);
    }

    [Theory]
    [InlineData("how many foster carers has the hub actually approved so far?", true)]
    [InlineData("how many carers have been approved to date?", true)]
    [InlineData("how many foster carers will the hub approve?", false)]
    [InlineData("what is the hub's target for approvals?", false)]
    [InlineData("how many foster carers does the hub approve?", false)]
    public void FiguresOnlyAimedAt_OnlyTargetsInThePapers_IsTrueWhenTheQuestionAsksWhatCameAbout(string question, bool expected) =>
        Assert.Equal(expected, ForeseenOnly.FiguresOnlyAimedAt(question, [
            "The team aim to attract 660 enquiries, and from these approve 103 new foster carers across the region.",
            "The target of 103 approvals represents an 89% increase on the baseline.",
        ]));

    [Theory]
    [InlineData("So far 41 new foster carers have been approved against the target of 103.")]
    [InlineData("The allocations are based on projected need; Kent has been allocated £5,046,624.")]
    [InlineData("In 2023/24 the hub approved 41 carers against a target of 103.")]
    public void FiguresOnlyAimedAt_ASentenceTellsWhatCameAbout_IsFalse(string reported) =>
        Assert.False(ForeseenOnly.FiguresOnlyAimedAt("how many foster carers has the hub actually approved so far?", [
            "The team aim to approve 103 new foster carers across the region.",
            reported,
        ]));

    [Fact]
    public void FiguresOnlyAimedAt_OnCourseToRecruit_IsAForecast() =>
        Assert.True(ForeseenOnly.FiguresOnlyAimedAt("how many new foster carers did the city actually recruit by the end of 2023?", [
            "With a marketing resource the service is on course to recruit 12 more foster carers by the end of the year.",
        ]));

    [Fact]
    public void FiguresOnlyAimedAt_NoFigureOnTheSubject_IsFalse() =>
        Assert.False(ForeseenOnly.FiguresOnlyAimedAt("how many foster carers has the hub approved so far?", []));

    [Fact]
    public void Focus_WhatTheQuestionAsksForIsOnlyAwaited_IsThatWord() =>
        Assert.Equal("feedback", ForeseenOnly.Focus(
            "what feedback did the DfE give after the deep dive?",
            Units("The deep dive took place on 19 March 2024.", "The feedback from this is expected in early April.")));

    [Fact]
    public void Focus_ASentenceGivesWhatWasAsked_IsNull() =>
        Assert.Null(ForeseenOnly.Focus(
            "what feedback did the DfE give after the deep dive?",
            Units("Feedback from the next deep dive is expected in June.", "The DfE's feedback was that progress had been good.")));

    [Fact]
    public void Focus_WhatWasSaidInTheThingAsked_IsThatWord() =>
        Assert.Equal("feedback", ForeseenOnly.Focus(
            "what did the DfE say in their feedback from the deep dive?",
            Units("The deep dive took place on 19 March 2024.", "The feedback from this is expected in early April.")));

    [Fact]
    public void Focus_TenseIsReadInTheClauseNamingTheThing() =>
        Assert.Equal("feedback", ForeseenOnly.Focus(
            "what feedback did the DfE give after the deep dive?",
            Units("The deep dive meeting had been largely positive.", "Once the data had been collated, the feedback would be provided to the director.")));

    [Fact]
    public void Focus_TheThingNamedOnAnotherSubject_DoesNotCount() =>
        Assert.Equal("feedback", ForeseenOnly.Focus(
            "what feedback did the DfE give after the SEND deep dive?",
            Units(
                "The DfE held a SEND deep dive on 19 March 2024.", "The feedback from this is expected in early April.",
                "Parents were surveyed in the autumn.", "Their feedback was positive.")));

    [Theory]
    [InlineData("Formal feedback was received on 27 February 2024.", "feedback")] // before the month asked: another thing's
    [InlineData("Formal feedback was received on 2 April 2024.", null)]
    public void Focus_AClauseDatedBeforeTheDateAsked_TellsOfSomethingEarlier(string earlier, string? expected) =>
        Assert.Equal(expected, ForeseenOnly.Focus(
            "what feedback did the DfE give after the March 2024 deep dive?",
            Units("The DfE held a deep dive in March 2024.", "The feedback from this is expected in early April.", "The DfE reviewed the deep dive evidence.", earlier),
            [new DateMention(2024, 3, null, "March 2024")]));

    [Theory]
    [InlineData("What did DfE and NHSE feed back from the deep dive?", "The deep dive took place on 19 March 2024.", "The feedback from this is expected in early April.", "feedback")]
    [InlineData("What did DfE and NHSE feed back from the deep dive?", "The deep dive took place on 19 March 2024.", "The feedback was that progress had been good.", null)]
    [InlineData("what did the inspectors conclude from the monitoring visit?", "The monitoring visit took place in May.", "The inspectors' conclusions will be published in June.", "conclusion")]
    [InlineData("what did the inspectors conclude from the monitoring visit?", "The monitoring visit took place in May.", "Their conclusion was that practice had improved.", null)]
    public void Focus_OutcomeAskedWithItsVerb_IsTheVerbsNoun(string question, string before, string outcome, string? expected) =>
        Assert.Equal(expected, ForeseenOnly.Focus(question, Units(before, outcome)));

    [Theory]
    [InlineData("any news on what the deep dive on 19 March concluded for Notts?", "The feedback from this is expected in early April.", "conclusion")]
    [InlineData("any news on what the deep dive on 19 March concluded for Notts?", "The feedback was that progress had been good.", null)]
    [InlineData("what did DfE and NHSE conclude from the deep dive on 19 March?", "The feedback from this is expected in early April.", "conclusion")]
    [InlineData("what the inspectors found at the monitoring visit in May", "Their findings will be published in June.", "finding")]
    public void Focus_OutcomeAskedWithItsVerbInThePast_IsAwaitedWhenOnlyItsFeedbackIsAwaited(string question, string outcome, string? expected) =>
        Assert.Equal(expected, ForeseenOnly.Focus(question, Units("An operational deep dive on SEND took place on 19 March 2024.", outcome)));

    [Theory]
    [InlineData("What deadline did the minister give for councils to ask for their elections to be put back?", null)]
    [InlineData("What target did the minister give for councils to ask for their elections to be put back?", null)]
    [InlineData("What feedback did the minister give on councils asking for their elections to be put back?", "feedback")]
    public void Focus_ADeadlineOrTargetAsked_IsStatedAheadAndStillAnswers(string question, string? expected) =>
        Assert.Equal(expected, ForeseenOnly.Focus(question, Units(
            "Councils may ask the minister for their elections to be put back.",
            "The deadline and target for any request will be 10 January 2025; feedback will be given after that.")));

    [Theory]
    [InlineData("what did the DfE say after the deep dive?")]
    [InlineData("what feedback will the DfE give?")]
    public void Focus_NoThingAskedAboutInThePast_IsNull(string question) =>
        Assert.Null(ForeseenOnly.Focus(question, Units("The feedback from this is expected in early April.")));
}
