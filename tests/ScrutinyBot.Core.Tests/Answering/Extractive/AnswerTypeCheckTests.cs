using ScrutinyBot.Core.Documents;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Answering;
using ScrutinyBot.Core.Answering.Extractive;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Tests.Retrieval;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

/// <summary>Abstention when the papers talk about the subject but never give what the question asks for.</summary>
public sealed class AnswerTypeCheckTests
{
    private static readonly IOptions<RetrievalOptions> Options = Microsoft.Extensions.Options.Options.Create(new RetrievalOptions());

    private const string FosteringReport =
        "Increasing the number of foster carers within Testshire is a priority for the Council. "
        + "Testshire is seeking to understand the rate at which foster carers leave the authority. "
        + "In addition Testshire has a block contract delivered by Homes 2 Inspire which provides 31 residential care beds.";

    private const string ScrutineerReport =
        "The Independent Scrutineer is appointed by the safeguarding partners to act as a critical friend. "
        + "The Independent Scrutineer undertakes annual audits of Rapid Reviews for the Strategic Leadership Group.";

    /// <summary>One sentence as the only candidate unit, from a paper of the given council.</summary>
    internal static AnswerUnit UnitOf(string text, string? council)
    {
        var chunk = new Chunk("pack.pdf", 0, PartKind.Report, "Report", null, 1, null, null, council, text);
        return new AnswerUnit(new ScoredPassage(new SearchHit(1, chunk, 1), 1, 1), 0, text, 1, CoverageCalculator.Stems(text), true);
    }

    private static Task<Answer> AnswerAsync(string question, params string[] passages) =>
        AnswerAsync(question, passages.Select(p => FakeSearchIndex.Chunk(p)).ToArray());

    private static async Task<Answer> AnswerAsync(string question, params Chunk[] chunks)
    {
        var retriever = new PassageRetriever(new FakeSearchIndex(chunks), Options);
        var result = await retriever.RetrieveAsync(QueryAnalyzer.Analyze(question, new CommitteeRecognizer([])), CancellationToken.None);
        return new ExtractiveAnswerer(Options).Answer(result);
    }

    [Fact]
    public async Task Answer_DateAsked_FirstQuotesTheDateBesideTheSubjectNotAnIncidentalOne()
    {
        var answer = await AnswerAsync(
            "By what date did councils have to ask the minister to postpone their May 2025 elections?",
            FakeSearchIndex.Chunk("The 16 December letter says the minister is minded to postpone elections from May 2025 for councils.", source: "report.pdf"),
            FakeSearchIndex.Chunk("Councils debated whether to ask the minister to postpone their elections.", source: "minutes.pdf"),
            FakeSearchIndex.Chunk("Councils wishing to ask the minister to postpone their elections could write. Requests were required by 10 January 2025.", source: "letter.pdf"));

        Assert.Contains("10 January 2025", answer.Text.Split('[')[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_CountOfANamedGroup_ReadsTheWholeNameNotItsFirstWords()
    {
        var answer = await AnswerAsync(
            "how many No Recourse to Public Funds families does the council support?",
            "Families with No Recourse to Public Funds were discussed by the committee at length. The Local Authority currently supports 13 eligible families (21 children) under the NRPF framework.");

        Assert.True(answer.Answered);
        Assert.Contains("13 eligible families", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void BestHoldingUnits_DateAsked_AreThoseBesideAllTheQuestionSays()
    {
        var analysis = QueryAnalyzer.Analyze("when did the health panel endorse the delivery plan?", new CommitteeRecognizer([]));
        var weights = new Dictionary<string, double> { ["health"] = 2.0, ["panel"] = 1.0, [TextTerms.Stem("endorse")] = 4.0, [TextTerms.Stem("delivery")] = 2.0, ["plan"] = 1.0 };
        var byTheBoard = UnitOf("The health delivery plan was endorsed by the board in July 2024.", null);
        var byThePanel = UnitOf("The delivery plan was endorsed at the health panel on 21 January 2025.", null);

        Assert.Equal(2, AnswerTypeCheck.HoldingUnits(analysis, [byTheBoard, byThePanel], weights, new HashSet<string>()).Count);
        Assert.Equal([byThePanel], AnswerTypeCheck.BestHoldingUnits(analysis, [byTheBoard, byThePanel], weights, new HashSet<string>()));
    }

    [Theory]
    [InlineData("By what date did councils have to ask for their May 2025 elections to be put back?", "The county council elections scheduled for May 2025 could be put back.", false)]
    [InlineData("By what date did councils have to ask for their May 2025 elections to be put back?", "Councils had to ask for the elections to be put back by 10 January 2025.", true)]
    [InlineData("when in May 2025 are the elections?", "The county council elections are on 1 May 2025.", true)]
    public void Holds_DateAsked_TheMonthTheQuestionGivesIsNotTheAnswer(string question, string text, bool expected)
    {
        var analysis = QueryAnalyzer.Analyze(question, new CommitteeRecognizer([]));
        var weights = new Dictionary<string, double> { [TextTerms.Stem("elections")] = 2.0, [TextTerms.Stem("councils")] = 0.5 };

        Assert.Equal(expected, AnswerTypeCheck.Holds(analysis, [UnitOf(text, council: null)], weights, new HashSet<string>()));
    }

    [Theory]
    [InlineData("A proposal for the new extra care scheme in Minster is due to go to the planning committee in May 2025.", false)] // another event's date
    [InlineData("The new extra care scheme in Minster is expected to start in May 2026.", true)]
    [InlineData("The new extra care scheme in Minster will begin taking residents in May 2026.", true)] // a synonym of the verb asked
    public void Holds_DateOfAnAwaitedEvent_IsTheDateOfThatEvent(string text, bool expected)
    {
        var analysis = QueryAnalyzer.Analyze("when's the new Minster extra care scheme expected to start?", new CommitteeRecognizer([]));
        var weights = new Dictionary<string, double> { ["minster"] = 6.0, [TextTerms.Stem("extra")] = 5.0, ["care"] = 1.5, [TextTerms.Stem("scheme")] = 2.6, [TextTerms.Stem("start")] = 3.6 };

        Assert.Equal(expected, AnswerTypeCheck.Holds(analysis, [UnitOf(text, council: null)], weights, new HashSet<string>()));
    }

    [Theory]
    [InlineData("The council received an Ofsted inspection of children's services in July 2022.", false)] // another year's inspection
    [InlineData("Ofsted has told the council that its full inspection of children's services will start on 9 June 2025.", true)]
    [InlineData("Ofsted has told the council that its full inspection of children's services will start next month.", true)] // no year written
    public void Holds_DateOfAnEventInAYear_FallsInThatYear(string text, bool expected)
    {
        var analysis = QueryAnalyzer.Analyze("Do we know the date of the full Ofsted inspection of children's services in 2025?", new CommitteeRecognizer([]));
        var weights = new Dictionary<string, double> { [TextTerms.Stem("Ofsted")] = 1.5, [TextTerms.Stem("full")] = 2.8, [TextTerms.Stem("inspection")] = 2.0, [TextTerms.Stem("services")] = 0.7 };

        Assert.Equal(expected, AnswerTypeCheck.Holds(analysis, [UnitOf(text, council: null)], weights, new HashSet<string>()));
    }

    [Theory]
    [InlineData("There is a risk of the elections in May being cancelled.", false)] // the month asked again, no day
    [InlineData("Polling day for the county elections is Thursday 1 May 2025.", true)]
    public void Holds_DayAskedInAMonthTheQuestionGives_IsADayNotTheMonth(string text, bool expected)
    {
        var analysis = QueryAnalyzer.Analyze("What's the actual polling day for the county elections in May 2025?", new CommitteeRecognizer([]));
        var weights = new Dictionary<string, double> { [TextTerms.Stem("polling")] = 4.0, [TextTerms.Stem("county")] = 1.0, [TextTerms.Stem("elections")] = 3.0 };

        Assert.Equal(expected, AnswerTypeCheck.Holds(analysis, [UnitOf(text, council: null)], weights, new HashSet<string>()));
    }

    [Theory]
    [InlineData("What date in March is the exploitation campaign launching?", "A campaign on recognising the signs of exploitation will be launched in March next year.", false)]
    [InlineData("What date in March is the exploitation campaign launching?", "The campaign on recognising the signs of exploitation will be launched on 14 March 2025.", true)]
    [InlineData("which day in October 2024 is the exploitation campaign launching?", "The campaign on exploitation will be launched at the October 2024 meeting.", false)]
    public void Holds_DayAskedInTheMonthTheQuestionGives_IsADayInIt(string question, string text, bool expected)
    {
        var analysis = QueryAnalyzer.Analyze(question, new CommitteeRecognizer([]));
        var weights = new Dictionary<string, double> { [TextTerms.Stem("exploitation")] = 3.0, [TextTerms.Stem("campaign")] = 2.0, [TextTerms.Stem("launching")] = 1.0 };

        Assert.Equal(expected, AnswerTypeCheck.Holds(analysis, [UnitOf(text, council: null)], weights, new HashSet<string>()));
    }

    [Fact]
    public void Holds_DateOfAnAwaitedEvent_IsThatOfTheLastEventNamed()
    {
        // "due to staffing" says why, not what is awaited: the date is the end's.
        var analysis = QueryAnalyzer.Analyze("when is the Minster scheme's delay due to staffing expected to end?", new CommitteeRecognizer([]));
        var weights = new Dictionary<string, double> { ["minster"] = 6.0, [TextTerms.Stem("scheme")] = 2.6, [TextTerms.Stem("delay")] = 3.0, [TextTerms.Stem("staffing")] = 2.0, ["end"] = 2.0 };

        Assert.True(AnswerTypeCheck.Holds(analysis, [UnitOf("The delay to the Minster scheme is expected to end in May 2026.", council: null)], weights, new HashSet<string>()));
    }

    [Theory]
    [InlineData("Nine KPIs did not meet the floor standard (Red).", true)]
    [InlineData("Nine actions did not meet the floor standard (Red).", false)]
    public void Holds_CountOfAnInitialismsPlural_CountsWhatIsAsked(string text, bool expected)
    {
        var analysis = QueryAnalyzer.Analyze("How many KPIs came out red?", new CommitteeRecognizer([]));
        var weights = new Dictionary<string, double> { [TextTerms.Stem("KPIs")] = 4.5, ["red"] = 4.6 };

        Assert.Equal(expected, AnswerTypeCheck.Holds(analysis, [UnitOf(text, council: null)], weights, new HashSet<string>()));
    }

    [Theory]
    [InlineData("Who signed the record of decision for the budget monitoring report and on what date?", "24/00108 - Revenue and Capital Budget Monitoring Report – November 2024-25 (Pages 11 - 84)", false)]
    [InlineData("Who signed the record of decision for the budget monitoring report and on what date?", "The record of decision on the budget monitoring report was signed on 4 February 2025.", true)]
    [InlineData("how many are named in the budget monitoring report?", "Revenue and Capital Budget Monitoring Report (Pages 11 - 84)", false)]
    [InlineData("how many are named in the budget monitoring report?", "12 are named in the budget monitoring report.", true)]
    public void Holds_AnAgendaEntry_GivesNoDateOrFigureOfItsPaper(string question, string text, bool expected)
    {
        var analysis = QueryAnalyzer.Analyze(question, new CommitteeRecognizer([]));
        var weights = new Dictionary<string, double> { [TextTerms.Stem("budget")] = 1.0, [TextTerms.Stem("monitoring")] = 2.0, [TextTerms.Stem("report")] = 0.5 };

        Assert.Equal(expected, AnswerTypeCheck.Holds(analysis, [UnitOf(text, council: null)], weights, new HashSet<string>()));
    }

    [Fact]
    public async Task Answer_FigureAskedOfAYear_StartsWithThatYearsFigureNotAnotherYears()
    {
        var answer = await AnswerAsync(
            "What % of new plans did Testshire issue within 20 weeks in 2023?",
            FakeSearchIndex.Chunk("During 2022, Testshire issued just 4.5% of new plans within 20 weeks. Testshire is fully committed to issuing new plans within 20 weeks.", source: "report.pdf"),
            FakeSearchIndex.Chunk("Timeliness improved: in 2023, Testshire issued 28% of plans within 140 days.", source: "minutes.pdf"));

        Assert.StartsWith("Timeliness improved: in 2023, Testshire issued 28%", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_AskedOfAYearTheSentencesDoNotSpeakOf_Abstains()
    {
        var answer = await AnswerAsync(
            "what's the national living wage going to be in 2026-27?",
            FakeSearchIndex.Chunk("Central Government has confirmed the National Living Wage will rise by a further 6.7% from April 2025. Pay costs rise with the National Living Wage.", meetingDate: new DateOnly(2026, 1, 15)));

        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public async Task Answer_AskedOfTheYearTheSentenceSpeaksOf_Answers()
    {
        var answer = await AnswerAsync(
            "what's the national living wage going to be in 2025-26?",
            "Central Government has confirmed the National Living Wage will rise by a further 6.7% from April 2025. Pay costs rise with the National Living Wage.");

        Assert.True(answer.Answered, answer.Text);
    }

    [Fact]
    public async Task Answer_WhatTimeDidItStartWithNoTopicAndNoTimeRecorded_Abstains()
    {
        var answer = await AnswerAsync(
            "what time did it kick off on 09/01/2025?",
            FakeSearchIndex.Chunk("Minutes of the Cabinet meeting held on 9 January 2025 at Sessions House. The Leader welcomed members.", meetingDate: new DateOnly(2025, 1, 9), committee: "Cabinet"));

        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public async Task Answer_WhatTimeDidItStartWithNoTopicAndATimeRecorded_Answers()
    {
        var answer = await AnswerAsync(
            "what time did it kick off on 09/01/2025?",
            FakeSearchIndex.Chunk("Minutes of the Cabinet meeting held on 9 January 2025 at Sessions House. The meeting commenced at 10.00 am.", meetingDate: new DateOnly(2025, 1, 9), committee: "Cabinet"));

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("10.00 am", answer.Text);
    }

    [Theory]
    [InlineData("For the avoidance of doubt, the Minerals Plan 2024-39 makes no decision on the allocation of the Oaken Wood quarry site.", false)]
    [InlineData("The decision on the allocation of the Oaken Wood quarry site will be taken on 14 October 2025.", true)]
    public async Task Answer_WhatDateWillADecisionBeTaken_NeedsAMonthNotAPlansYears(string report, bool answered)
    {
        var answer = await AnswerAsync("what date will the decision on allocating the Oaken Wood quarry site be taken?", report);

        Assert.Equal(answered, answer.Answered);
    }

    [Theory]
    [InlineData("The equality impact assessment for the school transport policy informed the decision and may be revisited in the market review.", false)]
    [InlineData("The equality impact assessment for the school transport policy was completed in May.", true)]
    public async Task Answer_WhenWasItDone_WordsThatBeginLikeMonthsAreNoDate(string report, bool answered)
    {
        var answer = await AnswerAsync("when was the equality impact assessment for the school transport policy completed?", report);

        Assert.Equal(answered, answer.Answered);
    }

    [Theory]
    [InlineData("when was the equality impact assessment on the school places plan done?", false)] // when it happened
    [InlineData("when does the school places plan run to?", true)] // the span is the answer
    public async Task Answer_SpanOfYearsInAPlansName_IsNoDayItHappened(string question, bool answered)
    {
        var answer = await AnswerAsync(question, "Equality impact assessment form: the School Places Plan 2025-29 sets out the need for school places in each district.");

        Assert.Equal(answered, answer.Answered);
    }

    [Fact]
    public void Holds_SceneSetAfterTheQuestionMark_NeedNotBeRepeatedByTheAnswer()
    {
        var analysis = QueryAnalyzer.Analyze("Who was actually in the chair at the meeting? heard the usual chair was off", new CommitteeRecognizer([]));
        var unit = UnitOf("As the Chair, Councillor Naim Salim, was absent, the Vice Chair, Councillor Michael Savage, chaired the meeting.", council: null);
        // As the question's words weigh after the scene words are halved: "heard" and "usual" are rarer than "meeting".
        var weights = new Dictionary<string, double> { ["chair"] = 2.6, ["meet"] = 0.8, ["heard"] = 2.5, ["usual"] = 2.0 };

        Assert.True(AnswerTypeCheck.Holds(analysis, [unit], weights, new HashSet<string>()));
    }

    [Theory]
    [InlineData("how much was the amendment topping up the LEVI grant by, and what savings were cut to pay for it?", "levi grant savings cut pay", true)]
    [InlineData("how much was the amendment topping up the LEVI grant by to pay for rapid chargers?", "levi grant pay rapid chargers", false)]
    public void Holds_SecondQuestionAskingSomethingElse_ItsWordsNeedNotBeBesideTheFigure(string question, string keyWords, bool expected)
    {
        var analysis = QueryAnalyzer.Analyze(question, new CommitteeRecognizer([]));
        var unit = UnitOf("Proposed Amount: £2.149m to top up the LEVI grant.", council: null);
        var weights = keyWords.Split(' ').ToDictionary(TextTerms.Stem, _ => 2.0);

        Assert.Equal(expected, AnswerTypeCheck.Holds(analysis, [unit], weights, new HashSet<string>()));
    }

    [Theory]
    [InlineData("Kent County Council", false)]
    [InlineData("Medway Council", true)]
    public void Holds_AnotherCouncilsBodyAsked_NeedsThatCouncilsPaperOrName(string council, bool expected)
    {
        var analysis = QueryAnalyzer.Analyze("When is Medway's full council considering the JHOSC terms of reference changes?", new CommitteeRecognizer([]));
        var unit = UnitOf("Council will consider the Kent and Medway JHOSC terms of reference changes on 13 March 2025.", council);
        var weights = new Dictionary<string, double> { ["medway"] = 2.0, ["jhosc"] = 5.0, ["term"] = 2.0, ["referenc"] = 3.0, ["chang"] = 1.5 };

        Assert.Equal(expected, AnswerTypeCheck.Holds(analysis, [unit], weights, new HashSet<string>()));
    }

    [Theory]
    [InlineData("Testshire County Council", true)]
    [InlineData(null, false)]
    public void Holds_PlaceOfTheCouncilWhosePaperItIs_IsCoveredByItsSentences(string? council, bool expected)
    {
        var analysis = QueryAnalyzer.Analyze("how many children were in care in Testshire at the end of March?", new CommitteeRecognizer([]));
        var unit = UnitOf("At the end of March there were 596 children in care.", council);
        var weights = new Dictionary<string, double> { [TextTerms.Stem("testshire")] = 3.0, ["children"] = 1.0, ["care"] = 1.0 };

        Assert.Equal(expected, AnswerTypeCheck.Holds(analysis, [unit], weights, new HashSet<string>()));
    }

    [Theory]
    [InlineData("In the month of January 2024 the council received 166 new assessment requests, against 113 in January 2023.", false)]
    [InlineData("In February 2024 the council received 150 new assessment requests.", true)]
    [InlineData("The council received 150 new assessment requests in 2024.", true)]
    public void Holds_FigureOfAnotherMonthOfTheYearAsked_DoesNotAnswer(string text, bool expected)
    {
        var analysis = QueryAnalyzer.Analyze("how many assessment requests did the council get in February 2024?", new CommitteeRecognizer([]));
        var weights = new Dictionary<string, double> { ["assess"] = 2.0, ["request"] = 2.0 };

        Assert.Equal(expected, AnswerTypeCheck.Holds(analysis, [UnitOf(text, council: null)], weights, new HashSet<string>()));
    }

    [Fact]
    public async Task Answer_WhatTimeDoesItStartWithAFrontSheetTimeLabel_Answers()
    {
        var answer = await AnswerAsync(
            "what time does the scrutiny committee start on 15 Jan 2025?",
            FakeSearchIndex.Chunk("Scrutiny Committee. Date: Wednesday, 15 January 2025 Time: 9.30 am Place: Loxley House", meetingDate: new DateOnly(2025, 1, 15), committee: "Scrutiny Committee"));

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("9.30 am", answer.Text);
    }

    [Theory]
    [InlineData("to 2022-23 levels", true)]
    [InlineData("in 2022-23", false)]
    public async Task Answer_FigureRestoringAnEarlierYearsLevel_IsNotDatedToThatYear(string year, bool answered)
    {
        var answer = await AnswerAsync(
            "how much does the alternative budget put back into community wardens for 2025-26?",
            FakeSearchIndex.Chunk($"Alternative Budget 2025-28. 107 Community Wardens - budget restored to reinstate 933.0 0.0 0.0 core community warden service {year}", meetingDate: new DateOnly(2025, 2, 13)));

        Assert.Equal(answered, answer.Answered);
    }

    [Theory]
    [InlineData("The Board noted the dates of its meetings for the 2022-23 municipal year. Page printed 29 September 2022.", false)]
    [InlineData("Forward plan: December 2022 - Youth justice plan; March 2023 - SEND update.", false)]
    [InlineData("The Board noted that its next meeting will be held on 6 December 2022.", true)]
    public async Task Answer_WhatDateIsAMeetingInAMonth_AnswersOnlyWithADayInThatMonth(string minutes, bool answered)
    {
        var answer = await AnswerAsync("what date is the December 2022 board meeting?", minutes);

        Assert.Equal(answered, answer.Answered);
    }

    [Theory]
    [InlineData("Audit Committee papers: the committee met on 23 January 2025; its June 2025 meeting will review the accounts.", false)]
    [InlineData("Audit Committee dates: the committee will next meet on 24 June 2025 at Sessions House.", true)]
    public async Task Answer_WhatDateIsANamedCommitteesMeetingInAMonth_NeedsADayInThatMonthThoughTheCommitteeIsUnknown(string text, bool answered)
    {
        var answer = await AnswerAsync("what date is the Audit Committee meeting in June 2025?", text);

        Assert.Equal(answered, answer.Answered);
    }

    [Theory]
    [InlineData("in the Jan 2024 report, how many children stay with family?", true)] // the year dates the paper
    [InlineData("how many children stayed with family in 2024?", false)] // the year dates the figure
    public void Holds_YearOfThePaperPointedAt_DatesItsFiguresAsAMeetingsYearDoes(string question, bool expected)
    {
        var analysis = QueryAnalyzer.Analyze(question, new CommitteeRecognizer([]));
        var unit = UnitOf("The share of children supported to stay with family rose from 32% in January 2023 to 40% in November 2023.", council: null);
        var weights = new Dictionary<string, double> { ["children"] = 1.0, [TextTerms.Stem("stay")] = 2.0, [TextTerms.Stem("family")] = 1.0 };

        Assert.Equal(expected, AnswerTypeCheck.Holds(analysis, [unit], weights, new HashSet<string>()));
    }

    [Fact]
    public async Task Answer_FiguresAfterATableOfFourPlaceRates_AreNotDatedByTheRates()
    {
        // "5.2000%" holds no year 2000, so it does not date the next row as another year's than the one asked.
        var answer = await AnswerAsync(
            "what rate was the Testbank call account paying at 30 Sept 2024?",
            "Investments as at 30 September 2024\n\nInstrument Type\tCounterparty\tPrincipal Amount £\tInterest Rate\n\nTreasury Bills\tUK Government\n4,874,310\t5.2000%\t25/11/24\n\nTotal Treasury Bills\t18,002,574\n\n"
            + "Call Account\tNorthbank plc\t1,000,000\t3.25%\n\nCall Account\tTestbank plc\t5,000,000\t4.64%\n\nTotal Bank Call Accounts\t6,000,000");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("4.64%", answer.Text);
    }

    [Theory]
    [InlineData("Children's Partnership Board", "The Board noted that its next meeting will be held on 6 December 2022.", true)]
    [InlineData("Children's Partnership Board", "Forward plan: December 2022 - Youth justice plan; March 2023 - SEND update.", false)]
    [InlineData("Scrutiny Committee", "Ofsted formally responded on 19th December 2022 confirming the action plan.", false)]
    public async Task Answer_WhatDateIsACommitteesMeetingInAMonth_AnswersOnlyWithADayInThatCommitteesPapers(string committee, string text, bool answered)
    {
        const string board = "Children's Partnership Board";
        var retriever = new PassageRetriever(new FakeSearchIndex([FakeSearchIndex.Chunk(text, meetingDate: new DateOnly(2022, 9, 27), committee: committee)]), Options);
        var analysis = QueryAnalyzer.Analyze($"what date is the December 2022 {board}?", new CommitteeRecognizer([board, "Scrutiny Committee"]));

        var answer = new ExtractiveAnswerer(Options).Answer(await retriever.RetrieveAsync(analysis, CancellationToken.None));

        Assert.Empty(analysis.ContentStems);
        Assert.Equal(answered, answer.Answered);
    }

    [Theory]
    [InlineData("Children's Partnership Board", true)]
    [InlineData("Scrutiny Committee", false)]
    public async Task Answer_WhoIsViceChairOfANamedCommittee_NamesOnlyThatCommitteesViceChair(string papersOf, bool answered)
    {
        const string board = "Children's Partnership Board";
        var minutes = FakeSearchIndex.Chunk("Present: Councillor Carole McCulloch (Chair), Councillor Maria Joannou (Vice Chair), Councillor Jay Hayes.", meetingDate: new DateOnly(2022, 1, 27), committee: papersOf);
        var retriever = new PassageRetriever(new FakeSearchIndex([minutes]), Options);
        var analysis = QueryAnalyzer.Analyze($"who is vice chair of the {board}?", new CommitteeRecognizer([board, "Scrutiny Committee"]));

        var answer = new ExtractiveAnswerer(Options).Answer(await retriever.RetrieveAsync(analysis, CancellationToken.None));

        Assert.Equal(answered, answer.Answered);
    }

    [Theory]
    [InlineData(13, 3, "Thursday, 13th March, 2025, at 3.00 pm", true)]
    [InlineData(30, 1, "Thursday, 30th January, 2025, at 10.00 am", false)]
    public async Task Answer_WhatTimeDoesItStart_AnswersFromThatMeetingsFrontSheetThoughFewWordsMatch(int day, int month, string heading, bool answered)
    {
        var answer = await AnswerAsync(
            "quick one: what time does KCC Cabinet start on Thurs 13th March? heard it depends on full council",
            FakeSearchIndex.Chunk($"AGENDA CABINET {heading} Council Chamber, Sessions House", meetingDate: new DateOnly(2025, month, day), committee: "Cabinet", kind: PartKind.FrontSheet));

        Assert.Equal(answered, answer.Answered);
    }

    [Fact]
    public async Task Answer_WhatTimeDidItStartWithOnlyTheAgendasTime_Abstains()
    {
        var answer = await AnswerAsync(
            "what time did the Cabinet start on 13 March?",
            FakeSearchIndex.Chunk("AGENDA CABINET Thursday, 13th March, 2025, at 3.00 pm Council Chamber, Sessions House", meetingDate: new DateOnly(2025, 3, 13), committee: "Cabinet", kind: PartKind.FrontSheet));

        Assert.False(answer.Answered, answer.Text);
    }

    [Theory]
    [InlineData("A £40 million programme will deliver more SEND schools, with an academy trust recently appointed to run a 160-place school in Mansfield.", false)]
    [InlineData("A £40 million programme will deliver more SEND schools, with Diverse Academies Trust appointed to run a 160-place school in Mansfield.", true)]
    public async Task Answer_WhichTrustAndThePapersNameNone_Abstains(string passage, bool answered)
    {
        var answer = await AnswerAsync("Which academy trust was appointed to run the new SEND school in Mansfield?", passage);

        Assert.Equal(answered, answer.Answered);
    }

    [Theory]
    [InlineData("The proposal is to transfer the 18-25 section of the Strengthening Independence Service budget to adult social care.", false)]
    [InlineData("The 18-25 section of the Strengthening Independence Service budget to transfer to adult social care is approximately £59m.", true)]
    public async Task Answer_HowMuchWhereTheOnlyNumberIsTheQuestionsOwn_Abstains(string passage, bool answered)
    {
        var answer = await AnswerAsync("how much budget moves to adult social care with the 18-25 Strengthening Independence Service transfer?", passage);

        Assert.Equal(answered, answer.Answered);
    }

    [Fact]
    public async Task Answer_HowManyButNoFigureAboutTheSubject_Abstains()
    {
        var answer = await AnswerAsync("how many foster carers does Testshire currently have?", FosteringReport);

        Assert.False(answer.Answered);
        Assert.StartsWith(ExtractiveAnswerer.NotFound, answer.Text);
    }

    [Fact]
    public async Task Answer_HowManyWithFigureAboutTheSubject_Answers()
    {
        var answer = await AnswerAsync("how many foster carers does Testshire currently have?", FosteringReport + " Testshire currently has 412 approved foster carers.");

        Assert.True(answer.Answered);
        Assert.Contains("412", answer.Text);
    }

    [Fact]
    public async Task Answer_FigureDatedToAnotherYearThanAsked_Abstains()
    {
        var answer = await AnswerAsync(
            "how many children were on a child protection plan in Testshire at the end of March 2022?",
            "As at 31st March 2021 596 children were subject to a Child Protection Plan in Testshire, compared with 609 at the same point in 2020.");

        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public async Task Answer_FigureForAnotherNamedThingOfTheKind_Abstains()
    {
        var answer = await AnswerAsync(
            "how many signatures did the Millmead petition get?",
            "Consultation on the Millmead and Seashells family hubs closed in October. The Save our Seashells petition received over 6,000 signatures.");

        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public async Task Answer_FigureBesideTheFirstYearOfARunningTotal_IsNotDatedToThatYear()
    {
        var answer = await AnswerAsync(
            "how many empty homes were brought back into use in Q2 2024/25?",
            FakeSearchIndex.Chunk("The report for Quarter 2 (2024/25) set out performance. In Q2 119 long-term empty homes were brought back into use, and the total since 2005 is 8,501.", meetingDate: new DateOnly(2025, 1, 9)));

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("119", answer.Text);
    }

    [Theory]
    [InlineData("The Board noted the dates of its meetings for the 2022-23 municipal year. Page printed 29 September 2022.", false)]
    [InlineData("The Board noted that its next meeting will be held on 6 December 2022.", true)]
    public async Task Answer_WhatsTheExactDateOfAMeetingInAMonth_AnswersOnlyWithADayInThatMonth(string minutes, bool answered)
    {
        var answer = await AnswerAsync("whats the exact date of the board mtg in december 2022?", minutes);

        Assert.Equal(answered, answer.Answered);
    }

    [Fact]
    public async Task Answer_UndatedFigureInAPaperOfAnotherYear_Abstains()
    {
        const string question = "how many children had a child protection plan in Testshire in March 2022?";
        var chunk = FakeSearchIndex.Chunk("Around 414 children in Testshire have a Child Protection Plan, a reduced number on previous years.", meetingDate: new DateOnly(2024, 11, 13));

        Assert.False((await AnswerAsync(question, chunk)).Answered);
        Assert.True((await AnswerAsync(question, chunk with { MeetingDate = new DateOnly(2022, 4, 1) })).Answered);
    }

    [Theory]
    [InlineData("how many enquiries were made to the Testshire hub in 2020/21?", true)] // an annual report a year late
    [InlineData("how many enquiries were made to the Testshire hub in 2019/20?", false)]
    public async Task Answer_UndatedFigureAskedOfAFinancialYear_IsDatedByBothOfItsYears(string question, bool answered)
    {
        var chunk = FakeSearchIndex.Chunk("Testshire Partnership Annual Report 2020/21. The number of enquiries made to the Testshire hub in this year was 19,756.", meetingDate: new DateOnly(2022, 3, 31));

        var answer = await AnswerAsync(question, chunk);

        Assert.True(answered == answer.Answered, answer.Text);
    }

    [Theory]
    [InlineData("For (13) Against (39): the fly-tipping amendment was lost.", false)] // counts votes
    [InlineData("The fly-tipping amendment would have bought 40 ANPR cameras.", true)]
    public void Holds_HowManyQuestion_NeedsACountOfTheThingItCounts(string text, bool expected)
    {
        var analysis = QueryAnalyzer.Analyze("How many ANPR cameras would the fly-tipping amendment have bought?", new CommitteeRecognizer([]));
        var weights = new Dictionary<string, double> { ["anpr"] = 3.0, [TextTerms.Stem("cameras")] = 3.0, ["fly"] = 2.0, [TextTerms.Stem("tipping")] = 2.0, [TextTerms.Stem("amendment")] = 1.0 };

        Assert.Equal(expected, AnswerTypeCheck.Holds(analysis, [UnitOf(text, council: null)], weights, new HashSet<string>()));
    }

    [Theory]
    [InlineData("how did the vote go on the wardens amendment?", ExpectedAnswer.Vote)]
    [InlineData("What was the final vote on the devolution motion?", ExpectedAnswer.Vote)]
    [InlineData("any idea how the opposition councillors voted on the bid?", ExpectedAnswer.Vote)]
    [InlineData("can you tell me what the vote was on the plan?", ExpectedAnswer.Vote)]
    [InlineData("how many members voted for the budget?", ExpectedAnswer.Quantity)] // a count of voters
    [InlineData("what was the vote to postpone the elections about?", ExpectedAnswer.Anything)] // a vote to do something
    public void Expected_VoteAsked_IsAVote(string question, ExpectedAnswer expected) =>
        Assert.Equal(expected, AnswerTypeCheck.Expected(QueryAnalyzer.Analyze(question, new CommitteeRecognizer([]))));

    [Theory]
    [InlineData("The Chairman put the wardens amendment to the vote: For (15) Against (43). Amendment lost.", true)]
    [InlineData("The wardens amendment was carried unanimously.", true)]
    [InlineData("The wardens amendment proposes to expand the community wardens scheme by £550k.", false)] // the motion, not its vote
    public void Holds_VoteAsked_NeedsTheVoteAsMinutesRecordIt(string text, bool expected)
    {
        var analysis = QueryAnalyzer.Analyze("how did the vote go on the wardens amendment?", new CommitteeRecognizer([]));
        var weights = new Dictionary<string, double> { [TextTerms.Stem("vote")] = 2.0, [TextTerms.Stem("wardens")] = 4.0, [TextTerms.Stem("amendment")] = 2.0 };

        Assert.Equal(expected, AnswerTypeCheck.Holds(analysis, [UnitOf(text, council: null)], weights, new HashSet<string>()));
    }

    [Theory]
    [InlineData("has the neighbouring council signed off the terms of reference changes yet?", ExpectedAnswer.Happened)]
    [InlineData("has Testshire actually been accepted onto the programme yet - what date was it confirmed?", ExpectedAnswer.Happened)]
    [InlineData("did full council actually agree in march to give the scrutiny chair to the opposition?", ExpectedAnswer.Happened)]
    [InlineData("has it signed off the terms of reference changes yet?", ExpectedAnswer.Happened)]
    [InlineData("has the panel received the figures they requested from the police yet?", ExpectedAnswer.Happened)]
    [InlineData("has the panel got the figures it asked for from the police yet?", ExpectedAnswer.Anything)] // "asked" is the clause's verb
    [InlineData("has the refreshed local offer actually been published yet?", ExpectedAnswer.Happened)]
    [InlineData("has the police replied to the letter yet?", ExpectedAnswer.Reply)] // a reply is its own kind
    [InlineData("did the amendment actually get through?", ExpectedAnswer.Anything)] // an irregular verb: its past is not read
    [InlineData("did the council actually build the new depot?", ExpectedAnswer.Anything)] // "built", not "buildd"
    [InlineData("when did the inspectorate actually publish the March 2021 report on the borough?", ExpectedAnswer.Date)] // asks when, not whether
    [InlineData("so on what date did cabinet actually approve the new depot?", ExpectedAnswer.Date)]
    public void Expected_WhetherItHasBeenDone_IsThatItWas(string question, ExpectedAnswer expected) =>
        Assert.Equal(expected, AnswerTypeCheck.Expected(QueryAnalyzer.Analyze(question, new CommitteeRecognizer([]))));

    [Theory]
    [InlineData("The County Council agreed that the Chair of the Scrutiny Committee be an opposition member.", true)]
    [InlineData("RESOLVED that the Chair of the Scrutiny Committee be an opposition member.", true)]
    [InlineData("The Council is asked to DEBATE and DECIDE whether the Chair of the Scrutiny Committee should be an opposition member.", false)] // asks for it
    [InlineData("If agreed, the Chair of the Scrutiny Committee would be an opposition member.", false)]
    public void Holds_WhetherItHasBeenDone_NeedsASentenceSayingItWas(string text, bool expected)
    {
        var analysis = QueryAnalyzer.Analyze("did full council actually agree to make the scrutiny chair an opposition member?", new CommitteeRecognizer([]));
        var weights = new Dictionary<string, double> { [TextTerms.Stem("scrutiny")] = 3.0, [TextTerms.Stem("chair")] = 2.0, [TextTerms.Stem("opposition")] = 3.0, [TextTerms.Stem("member")] = 1.0 };

        Assert.Equal(expected, AnswerTypeCheck.Holds(analysis, [UnitOf(text, council: null)], weights, new HashSet<string>()));
    }

    [Theory]
    [InlineData("The Local Offer for Care Leavers was ready to be published and would be published shortly.", true)] // not yet, but soon
    [InlineData("The refreshed Local Offer for Care Leavers will be published in the spring.", true)]
    [InlineData("Once published, the Local Offer for Care Leavers would reach every care leaver.", false)] // says nothing of when
    public void Holds_WhetherItHasBeenDoneYet_ASentenceSayingItIsStillToComeAnswers(string text, bool expected)
    {
        var analysis = QueryAnalyzer.Analyze("has the refreshed local offer for care leavers actually been published yet?", new CommitteeRecognizer([]));
        var weights = new Dictionary<string, double> { [TextTerms.Stem("local")] = 1.0, [TextTerms.Stem("offer")] = 2.5, [TextTerms.Stem("care")] = 1.0, [TextTerms.Stem("leavers")] = 2.2 };

        Assert.Equal(expected, AnswerTypeCheck.Holds(analysis, [UnitOf(text, council: null)], weights, new HashSet<string>()));
    }

    [Theory]
    [InlineData("who sent apologies to the Corporate Parenting Panel in October 2024?", ExpectedAnswer.Apologies)]
    [InlineData("was anyone absent from the panel?", ExpectedAnswer.Apologies)]
    [InlineData("who attended the panel, and who sent apologies?", ExpectedAnswer.Anything)] // attendance as well: the meeting's facts
    public void Expected_ApologiesAsked_IsARecordOfThem(string question, ExpectedAnswer expected) =>
        Assert.Equal(expected, AnswerTypeCheck.Expected(QueryAnalyzer.Analyze(question, new CommitteeRecognizer([]))));

    [Theory]
    [InlineData("Apologies for absence were received from Mrs Smith and Mr Jones.", "Corporate Parenting Panel", true)]
    [InlineData("Mrs Smith and Mr Jones introduced the Corporate Parenting Panel annual report.", "County Council", false)] // names people, records no apologies
    public void Holds_ApologiesAsked_NeedsARecordOfApologiesOfTheMeeting(string text, string committee, bool expected)
    {
        var analysis = QueryAnalyzer.Analyze("who sent apologies to the corporate parenting panel?", new CommitteeRecognizer([]));
        var weights = new Dictionary<string, double> { [TextTerms.Stem("apologies")] = 3.0, [TextTerms.Stem("corporate")] = 2.0, [TextTerms.Stem("parenting")] = 2.0, [TextTerms.Stem("panel")] = 2.0 };
        var chunk = new Chunk("minutes.pdf", 0, PartKind.Minutes, "Minutes", null, 1, null, committee, null, text);
        var unit = new AnswerUnit(new ScoredPassage(new SearchHit(1, chunk, 1), 1, 1), 0, text, 1, CoverageCalculator.Stems(text), true);

        Assert.Equal(expected, AnswerTypeCheck.Holds(analysis, [unit], weights, new HashSet<string>()));
    }

    [Theory]
    [InlineData("As of January 2024, this totalled 19,407 children and young people with an EHCP in Testshire.", true)]
    [InlineData("As of January 2024, 19,407 plans had been issued, most to pupils with an EHCP in Testshire.", false)] // counts plans
    public void Holds_HowManyByInitials_CountsTheThingWrittenOut(string text, bool expected)
    {
        var analysis = QueryAnalyzer.Analyze("how many CYP in Testshire had an EHCP as at Jan 2024?", new CommitteeRecognizer([]));
        var weights = new Dictionary<string, double> { ["cyp"] = 6.0, [TextTerms.Stem("testshire")] = 1.0, ["ehcp"] = 4.0 };

        Assert.Equal(expected, AnswerTypeCheck.Holds(analysis, [UnitOf(text, council: null)], weights, new HashSet<string>()));
    }

    [Theory]
    [InlineData("Audit Working Group meeting note 14 November 2024", true)]
    [InlineData("Pension Board meeting note 14 November 2024", false)]
    public void Holds_ChairNamedInAnAttendanceList_IsOfTheMeetingItsPaperIsTitled(string title, bool expected)
    {
        const string attendance = "Attendance: Harry Rayner – MEM (Chair) James Graham – KCC Rosalind Binks – MEM";
        var analysis = QueryAnalyzer.Analyze("who chaired the audit working group on 14 nov 24?", new CommitteeRecognizer([]));
        var weights = new Dictionary<string, double> { ["chair"] = 2.0, ["audit"] = 2.0, [TextTerms.Stem("working")] = 1.0, ["group"] = 1.0 };

        Assert.Equal(expected, AnswerTypeCheck.Holds(analysis, [UnitTitled(title, attendance)], weights, new HashSet<string>()));
    }

    /// <summary>A unit that is the whole text of a report chunk headed by <paramref name="title"/>.</summary>
    private static AnswerUnit UnitTitled(string title, string text)
    {
        var chunk = new Chunk("paper.pdf", 0, PartKind.Report, "Report", title, 1, null, null, null, text);
        return new AnswerUnit(new ScoredPassage(new SearchHit(1, chunk, 1), 1, 1), 0, text, 1, CoverageCalculator.Stems(text), true);
    }

    [Theory]
    [InlineData("The proposed decision was considered and endorsed at the Health Reform Cabinet Committee on 21 January 2025.", true)]
    [InlineData("A draft was considered and endorsed at the Health Reform Cabinet Committee on 21 January 2025.", false)]
    public void Holds_UnitSpeakingOfItsOwnPaper_IsAboutWhatThePapersTitleNames(string text, bool expected)
    {
        const string title = "Testshire Integrated Care Strategy (ICS) Delivery Plan";
        var analysis = QueryAnalyzer.Analyze("any idea when the cabinet cttee endorsed the ICS delivery plan?", new CommitteeRecognizer([]));
        var weights = new Dictionary<string, double> { ["cttee"] = 3.0, [TextTerms.Stem("endorsed")] = 4.0, ["ics"] = 5.0, [TextTerms.Stem("delivery")] = 2.0, ["plan"] = 1.0 };

        Assert.Equal(expected, AnswerTypeCheck.Holds(analysis, [UnitTitled(title, text)], weights, new HashSet<string>()));
    }

    [Theory]
    [InlineData("(c) The inspection took place between Monday 8 November and Friday 12 November 2021.", true)]
    [InlineData("(c) The visit took place between Monday 8 November and Friday 12 November 2021.", false)] // not what the heading names
    public void Holds_UnitWhoseSubjectIsTheHeadingsLastWord_IsAboutWhatTheHeadingNames(string text, bool expected)
    {
        var analysis = QueryAnalyzer.Analyze("when did Ofsted and the CQC do the SEND inspection?", new CommitteeRecognizer([]));
        var weights = new Dictionary<string, double> { [TextTerms.Stem("ofsted")] = 1.5, ["cqc"] = 4.0, ["send"] = 1.7, [TextTerms.Stem("inspection")] = 2.0 };

        Assert.Equal(expected, AnswerTypeCheck.Holds(analysis, [UnitTitled("Ofsted and CQC SEND Inspection", text)], weights, new HashSet<string>()));
    }

    [Theory]
    [InlineData(PartKind.Minutes, "It was explained that around 40% of supported transfers to a new school were successful.", true)]
    [InlineData(PartKind.Report, "It was explained that around 40% of supported transfers to a new school were successful.", false)] // a report's title is not read so
    public void Holds_MinutesUnderAnItemNamingWhatIsAsked_AreAboutIt(PartKind kind, string text, bool expected)
    {
        var analysis = QueryAnalyzer.Analyze("what proportion of supported school transfers under Fair Access work out?", new CommitteeRecognizer([]));
        var weights = new Dictionary<string, double> { [TextTerms.Stem("supported")] = 0.8, ["school"] = 1.8, [TextTerms.Stem("transfers")] = 3.0, ["fair"] = 3.7, ["access"] = 2.2, ["work"] = 0.6 };
        var chunk = new Chunk("minutes.pdf", 0, kind, "Minutes", "Provisions for Children Without a School Place / Fair Access", 1, null, null, null, text);
        var unit = new AnswerUnit(new ScoredPassage(new SearchHit(1, chunk, 1), 1, 1), 0, text, 1, CoverageCalculator.Stems(text), true);

        Assert.Contains("Fair Access", analysis.Phrases);
        Assert.Equal(expected, AnswerTypeCheck.Holds(analysis, [unit], weights, new HashSet<string>()));
    }

    [Theory]
    [InlineData("Proposed Amount: £5.6m to increase the Highways Asset Management capital project.", true)] // a field of the form
    [InlineData("The Liberal Democrats proposed £5.6m to increase the Highways Asset Management capital project.", false)]
    public void Holds_FieldOfAForm_IsAboutWhatTheFormsTitleNames(string text, bool expected)
    {
        var analysis = QueryAnalyzer.Analyze("how much was the highway maintenance amendment for?", new CommitteeRecognizer([]));
        var weights = new Dictionary<string, double> { ["highway"] = 3.0, [TextTerms.Stem("maintenance")] = 3.7, ["amend"] = 3.0 };

        Assert.Equal(expected, AnswerTypeCheck.Holds(analysis, [UnitTitled("Amendment - Liberal Democrats - Highway Asset Maintenance", text)], weights, new HashSet<string>()));
    }

    [Theory]
    [InlineData("Proposer: Rich Lehmann Seconder: Mark Hood - Proposed Purpose:", true)] // the label the value follows
    [InlineData("Rich Lehmann spoke to the item below.", false)]
    public void Holds_ValueAfterAFormsLabel_IsAboutWhatTheFormsTitleNames(string before, bool expected)
    {
        var analysis = QueryAnalyzer.Analyze("how big is the CTRS cut the amendment wants reversed?", new CommitteeRecognizer([]));
        // "amendment" weighs as much as the rest: the value alone covers under half the question.
        var weights = new Dictionary<string, double> { ["ctr"] = 5.7, ["cut"] = 4.2, ["amend"] = 15.0, [TextTerms.Stem("reversed")] = 4.4 };
        const string value = "Reverse the proposed £1.75m cut to the grant paid to districts for CTRS support.";
        var chunk = new Chunk("paper.pdf", 0, PartKind.Report, "Report", "Amendment - Greens and Independents - CTRS", 1, null, null, null, before + " " + value);
        var passage = new ScoredPassage(new SearchHit(1, chunk, 1), 1, 1);
        AnswerUnit[] units = [new(passage, 0, before, 1, CoverageCalculator.Stems(before), true), new(passage, 1, value, 1, CoverageCalculator.Stems(value), false)];

        Assert.Equal(expected, AnswerTypeCheck.HoldingUnits(analysis, units, weights, new HashSet<string>()).Any(u => u.Text == value));
    }

    [Theory]
    [InlineData("The Chairman congratulated Talha Ghaffar who was shortlisted for the Graduate of the Year award.", false)]
    [InlineData("The Chairman congratulated Talha Ghaffar who won the Graduate of the Year award.", true)]
    public async Task Answer_WhoWonAnAward_NeedsTheNameWrittenAsTheWinners(string text, bool answered)
    {
        var answer = await AnswerAsync("who won the Graduate of the Year award the chairman mentioned?", text);

        Assert.Equal(answered, answer.Answered);
    }

    [Theory]
    [InlineData("Mobilisation costs of the new Highways Term Maintenance Contract (April 2026), cabinet member Neil Baker.", false)]
    [InlineData("The new Highways Term Maintenance Contract was awarded to Amey Ltd, starting in April 2026.", true)]
    public async Task Answer_WhoHasBeenAwardedAContract_NeedsTheNameWrittenAsTheWinners(string text, bool answered)
    {
        var answer = await AnswerAsync("who's been awarded the new Highways Term Maintenance Contract?", text);

        Assert.Equal(answered, answer.Answered);
    }

    [Fact]
    public void Holds_DateAskedAfterAnotherQuestion_NeedsADate()
    {
        var analysis = QueryAnalyzer.Analyze("who signed off the excluded pupils decision and on what date?", new CommitteeRecognizer([]));
        var weights = new Dictionary<string, double> { [TextTerms.Stem("excluded")] = 2.0, [TextTerms.Stem("pupils")] = 1.0, [TextTerms.Stem("signed")] = 1.0 };

        Assert.False(AnswerTypeCheck.Holds(analysis, [UnitOf("Decision on excluded pupils. Signed .......... Date ..........", council: null)], weights, new HashSet<string>()));
        Assert.True(AnswerTypeCheck.Holds(analysis, [UnitOf("The excluded pupils decision was signed by Cllr Rory Love on 3 February 2025.", council: null)], weights, new HashSet<string>()));
    }

    [Theory]
    [InlineData("when is the new free school for excluded pupils due to open?", "Alternative provision for excluded pupils. Date recommendations were issued: 15 November 2024. A new free school is planned.", false)]
    [InlineData("when were the recommendations on excluded pupils issued?", "Alternative provision for excluded pupils. Date recommendations were issued: 15 November 2024. A new free school is planned.", true)]
    [InlineData("when is the new free school for excluded pupils due to open?", "The new free school for excluded pupils is due to open in September 2026.", true)]
    public void Holds_DateAsked_AFormsFieldForAnotherDateDoesNotAnswer(string question, string text, bool expected)
    {
        var analysis = QueryAnalyzer.Analyze(question, new CommitteeRecognizer([]));
        var weights = new Dictionary<string, double> { [TextTerms.Stem("excluded")] = 2.0, [TextTerms.Stem("pupils")] = 1.0, [TextTerms.Stem("school")] = 1.0 };

        Assert.Equal(expected, AnswerTypeCheck.Holds(analysis, [UnitOf(text, council: null)], weights, new HashSet<string>()));
    }

    [Theory]
    [InlineData("From: Dylan Jeffrey, Cabinet Member for Communications. Subject: Joint Health Scrutiny Committee terms of reference.", false)]
    [InlineData("The Joint Health Scrutiny Committee is chaired by Dylan Jeffrey this year.", true)]
    [InlineData("Joint Health Scrutiny Committee. Present: Dylan Jeffrey (Chairman), Mary Smith.", true)]
    public void Holds_WhoIsChairing_NeedsTheNameWrittenAsTheChairs(string text, bool expected)
    {
        var analysis = QueryAnalyzer.Analyze("Who is currently chairing the Joint Health Scrutiny Committee?", new CommitteeRecognizer([]));
        var weights = new Dictionary<string, double> { [TextTerms.Stem("joint")] = 2.0, ["health"] = 1.0, [TextTerms.Stem("scrutiny")] = 1.0, [TextTerms.Stem("committee")] = 1.0 };

        Assert.Equal(expected, AnswerTypeCheck.Holds(analysis, [UnitOf(text, council: null)], weights, new HashSet<string>()));
    }

    [Fact]
    public async Task Answer_WhoChairsABodyButNoPersonNamed_Abstains()
    {
        var answer = await AnswerAsync(
            "who chairs the children's improvement board?",
            "The Council worked with the DfE to secure an Improvement Adviser to act as an independent chair of the Improvement Board and to provide challenge. The improvement board meets monthly.");

        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public async Task Answer_WhoChairsABodyWithThePersonNamed_Answers()
    {
        var answer = await AnswerAsync(
            "who chairs the children's improvement board?",
            "The Improvement Board is chaired by Jane Doughty, the independent Improvement Adviser appointed with the DfE. The improvement board meets monthly.");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Jane Doughty", answer.Text);
    }

    [Fact]
    public async Task Answer_WhoIsButNoPersonNamed_Abstains()
    {
        var answer = await AnswerAsync("who is the independent scrutineer for the safeguarding partnership?", ScrutineerReport);

        Assert.False(answer.Answered);
    }

    [Fact]
    public async Task Answer_WhoIsWithPersonNamed_Answers()
    {
        var answer = await AnswerAsync(
            "who is the independent scrutineer for the safeguarding partnership?",
            ScrutineerReport + " The Independent Scrutineer for the safeguarding partnership is Margaret Burke, appointed in 2023.");

        Assert.True(answer.Answered);
        Assert.Contains("Margaret Burke", answer.Text);
    }

    [Fact]
    public async Task Answer_PersonNamedOnlyInALowerRankedPassage_AnswersFromIt()
    {
        // Nine passages about what the scrutineer does outrank the minutes line that names one (MaxResults is 8).
        var about = Enumerable.Range(1, 9).Select(i => $"Report {i}: the Independent Scrutineer of the safeguarding partnership reviews rapid reviews and the independent scrutineer challenges the safeguarding partnership.").ToArray();
        var minutes = "Councillor Barnard and Steve Edwards, Independent Scrutineer, presented the safeguarding partnership's annual report to the committee, with officers from the council and the police, and answered questions from members about exclusions, exploitation and funding.";

        var answer = await AnswerAsync("who is the independent scrutineer for the safeguarding partnership?", [.. about, minutes]);

        Assert.True(answer.Answered);
        Assert.Contains("Steve Edwards", answer.Text);
    }

    [Fact]
    public async Task Answer_NoPassageNamesAPersonEvenInTheReserve_Abstains()
    {
        var about = Enumerable.Range(1, 12).Select(i => $"Report {i}: the Independent Scrutineer of the safeguarding partnership reviews rapid reviews and the independent scrutineer challenges the safeguarding partnership.").ToArray();

        var answer = await AnswerAsync("who is the independent scrutineer for the safeguarding partnership?", about);

        Assert.False(answer.Answered);
    }

    [Fact]
    public async Task Answer_SamePaperPublishedTwice_CitesOneCopyAndKeepsTheOtherPlacesForOtherPassages()
    {
        var copy = "The Independent Scrutineer of the safeguarding partnership reviews rapid reviews and the independent scrutineer challenges the safeguarding partnership.";
        var others = Enumerable.Range(1, 7).Select(i => $"Report {i}: the safeguarding partnership's independent scrutineer attends board {i}.");
        var retriever = new PassageRetriever(new FakeSearchIndex([FakeSearchIndex.Chunk(copy, "pack.pdf"), FakeSearchIndex.Chunk(copy, "report.pdf"), .. others.Select(o => FakeSearchIndex.Chunk(o))]), Options);

        var result = await retriever.RetrieveAsync(QueryAnalyzer.Analyze("what does the independent scrutineer of the safeguarding partnership do?", new CommitteeRecognizer([])), CancellationToken.None);

        Assert.Single(result.Passages, p => p.Hit.Chunk.Text == copy);
        Assert.Equal(8, result.Passages.Count);
    }

    [Theory]
    [InlineData("do you know who the safeguarding partnership's independent scrutineer is?", ExpectedAnswer.Person)]
    [InlineData("who is the independent scrutineer?", ExpectedAnswer.Person)]
    [InlineData("any idea who the council's statutory scrutiny officer was", ExpectedAnswer.Person)]
    [InlineData("who are the statutory partners?", ExpectedAnswer.Anything)]
    [InlineData("do you know who attended the meeting?", ExpectedAnswer.Anything)]
    [InlineData("which planning inspector did the examination of the plan?", ExpectedAnswer.Person)]
    [InlineData("what cabinet member signed the decision off", ExpectedAnswer.Person)]
    [InlineData("which officers' reports went to the meeting?", ExpectedAnswer.Anything)]
    [InlineData("which directorate holds the budget?", ExpectedAnswer.Anything)]
    [InlineData("whats the name of the DfE improvement adviser who chairs the board?", ExpectedAnswer.Person)]
    [InlineData("what is the name of our statutory scrutiny officer?", ExpectedAnswer.Person)]
    [InlineData("who ended up chairing the meeting? the chair was away", ExpectedAnswer.Person)] // how it turned out, not when it ended
    [InlineData("who eventually won the design award?", ExpectedAnswer.Person)]
    public void Expected_WhoQuestionAskedDirectlyOrEmbedded_ReadsAPerson(string question, ExpectedAnswer expected) =>
        Assert.Equal(expected, AnswerTypeCheck.Expected(QueryAnalyzer.Analyze(question, new CommitteeRecognizer([]))));

    [Theory]
    [InlineData("By when did the executive have to respond to the recommendations?", ExpectedAnswer.Date)]
    [InlineData("when did the cabinet member reply to the committee's letter?", ExpectedAnswer.Date)]
    [InlineData("has the cabinet member replied to the committee's letter?", ExpectedAnswer.Reply)]
    [InlineData("Per the minister's letter of 16 Dec 2024, when does the government expect new councils to be running?", ExpectedAnswer.Date)]
    [InlineData("can you tell me when the cabinet member replied?", ExpectedAnswer.Date)]
    [InlineData("did members get the info on the formula they asked for in Nov? when was it sent", ExpectedAnswer.Date)] // "when" opens a second question
    [InlineData("what did the cabinet decide when the budget was set?", ExpectedAnswer.Anything)]
    [InlineData("who signed off the decision and on what date?", ExpectedAnswer.Date)]
    [InlineData("on which day does the consultation close?", ExpectedAnswer.Date)]
    [InlineData("on what basis was the decision signed off?", ExpectedAnswer.Anything)]
    [InlineData("whats the total cost of the new system?", ExpectedAnswer.Quantity)]
    [InlineData("what's the school attendance rate in Nottingham?", ExpectedAnswer.Quantity)] // a rate asked, then where
    [InlineData("whats the pupil absence rate across the county?", ExpectedAnswer.Quantity)]
    [InlineData("what is the turnover rate for social workers?", ExpectedAnswer.Quantity)]
    [InlineData("what's the timeliness figure now?", ExpectedAnswer.Anything)]
    [InlineData("what’s the number of looked after children?", ExpectedAnswer.Quantity)]
    [InlineData("What is the contract value of the partnership with the consultants?", ExpectedAnswer.Quantity)]
    [InlineData("whats the valuation of the library building?", ExpectedAnswer.Quantity)]
    [InlineData("what is the value for money case for the contract?", ExpectedAnswer.Anything)]
    [InlineData("What's the actual polling day for the county elections?", ExpectedAnswer.Date)] // a day named by what happens on it
    [InlineData("what's the closing date for the consultation?", ExpectedAnswer.Date)]
    [InlineData("what's the day rate for agency social workers?", ExpectedAnswer.Quantity)] // a sum, not a date
    [InlineData("is there an opening date yet for the new free school?", ExpectedAnswer.Date)] // whether a date is set yet
    [InlineData("any date for when the planning application will be decided?", ExpectedAnswer.Date)]
    [InlineData("do we have a start date for the new contract?", ExpectedAnswer.Date)]
    [InlineData("is there any data on exclusions by school?", ExpectedAnswer.Anything)]
    [InlineData("What did Nottingham City pay the consultants for the transformation work?", ExpectedAnswer.Quantity)] // a named payer, read as written
    public void Expected_WhenAndReplyWords_AsksForADateNotWhetherARepliedCame(string question, ExpectedAnswer expected) =>
        Assert.Equal(expected, AnswerTypeCheck.Expected(QueryAnalyzer.Analyze(question, new CommitteeRecognizer([]))));

    [Theory]
    [InlineData("Attendance rose from 15,642 to 31,652 contacts.", true)]
    [InlineData("The number of contacts has doubled.", true)]
    [InlineData("The report was presented on 13 November 2024 under paragraph 2.2.", false)]
    [InlineData("2.2 Areas covered in 2024.", false)]
    [InlineData("Reports are to be circulated twice-yearly to members.", false)] // how often, not how many
    [InlineData("The panel met twice and agreed the report.", true)]
    public void HasFigure_Text_TellsFiguresFromDatesAndParagraphNumbers(string text, bool expected) =>
        Assert.Equal(expected, QuantityText.HasFigure(text));

    [Theory]
    [InlineData("His Majesty's Inspectors were Margaret Burke and Rachel Griffiths.", "Margaret Burke")]
    [InlineData("A letter was sent to Assistant Chief Constable Rob Griffin.", "Rob Griffin")]
    [InlineData("Councillor Salim chaired the meeting.", "Councillor Salim")]
    [InlineData("Appendix E: Equality Impact Assessment, signed off by Florence Clement.", "Florence Clement")]
    public void Find_NamesAmongPostsAndBodies_FindsThePerson(string text, string name) =>
        Assert.Contains(name, PersonNames.Find(text, new HashSet<string>()));

    [Fact]
    public void Find_FormFieldInALineFullOfAcronyms_FindsThePersonOnlyThere()
    {
        var names = PersonNames.Find("EQIA Submission - ID Number - EQIA Title - Schools Plan Responsible Officer - Paul Wilson - CY EPA - Approved by EqIA App Team", new HashSet<string>());

        Assert.Equal(["Paul Wilson"], names);
    }

    [Fact]
    public void Find_AttendanceListFullOfAcronyms_FindsTheMemberInTheChair()
    {
        var names = PersonNames.Find("AOB - Attendance: - Harry Rayner – MEM (Chair) James Graham – KCC - Rosalind Binks – MEM Geoff Hall – KCC - Chris Jones – Link Group", new HashSet<string>());

        Assert.Equal(["Harry Rayner"], names);
    }

    [Fact]
    public void Find_GlossaryLineFullOfAcronyms_FindsNoOne() =>
        Assert.Empty(PersonNames.Find("SEND Special Educational Needs; EHCP Education Health Care Plan; CYP Children Young People; LA Local Authority", new HashSet<string>()));

    [Theory]
    [InlineData("The Nottingham City Safeguarding Children Partnership and the Strategic Leadership Group met.")]
    [InlineData("There will be a Kent and Medway NHS Joint Overview and Scrutiny Committee of members appointed by both.")]
    [InlineData("(ii) NOTE the recommendations of the Sustainability Appraisal (Appendix D); and,")]
    [InlineData("Appendix E: Equality Impact Assessment")]
    [InlineData("Background: Member Development Transformation Programme")]
    public void Find_OnlyBodiesAndPosts_FindsNoOne(string text) =>
        Assert.Empty(PersonNames.Find(text, new HashSet<string>()));

    [Fact]
    public async Task Answer_HasItRepliedButOnlyAReplyWasAskedFor_Abstains()
    {
        var answer = await AnswerAsync(
            "has the police replied to the committee's letter about its funding contribution?",
            "Letter sent to the police about its funding contribution to the partnership. Response requested as to why the contribution was 9.1%. The letter was raised at the leadership group.");

        Assert.False(answer.Answered);
    }

    [Fact]
    public async Task Answer_HasItRepliedAndAReplyIsRecorded_Answers()
    {
        var answer = await AnswerAsync(
            "has the police replied to the committee's letter about its funding contribution?",
            "Letter sent to the police about its funding contribution to the partnership. The police replied on 3 February agreeing to review its funding contribution.");

        Assert.True(answer.Answered);
        Assert.Contains("replied on 3 February", answer.Text);
    }
    [Fact]
    public async Task Answer_WhoIsWithTitleCaseHeadingsAround_PrefersThePersonNamed()
    {
        var answer = await AnswerAsync(
            "who is the cabinet member for children and families?",
            "Youth Provision Strategy Cabinet Member - Children and Families To be considered for scheduling.",
            "Councillor Tracey Taylor, Cabinet Member for Children and Families, introduced the youth provision strategy report.");

        Assert.True(answer.Answered);
        Assert.StartsWith("Councillor Tracey Taylor", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_WhoAreThePartnersAnsweredByBodies_Answers()
    {
        var answer = await AnswerAsync(
            "who are the statutory partners in the safeguarding partnership?",
            "Although the Council, the Police and the ICB are the statutory partners, the safeguarding partnership says safeguarding is everyone's responsibility.");

        Assert.True(answer.Answered);
        Assert.Contains("the Police and the ICB", answer.Text);
    }

    [Theory]
    [InlineData("what is the waiting time for CAMHS appointments?", ExpectedAnswer.Quantity)]
    [InlineData("how long do families wait for an assessment?", ExpectedAnswer.Quantity)]
    [InlineData("what is the rate of re-referrals?", ExpectedAnswer.Quantity)]
    [InlineData("what's the size of the high needs deficit?", ExpectedAnswer.Quantity)]
    [InlineData("how big is the waiting list?", ExpectedAnswer.Quantity)]
    [InlineData("what is the plan for re-referrals?", ExpectedAnswer.Anything)]
    [InlineData("what's KCC's current gender pay gap?", ExpectedAnswer.Quantity)]
    [InlineData("what was the final year-end outturn for the department?", ExpectedAnswer.Quantity)]
    [InlineData("what was the vote count on the annual report?", ExpectedAnswer.Quantity)]
    [InlineData("do you know what we pay link group a year for treasury advice?", ExpectedAnswer.Quantity)]
    [InlineData("what does the new contract cost each year?", ExpectedAnswer.Quantity)]
    [InlineData("what's causing the overspend in education?", ExpectedAnswer.Anything)]
    [InlineData("what interest rate is the council charging on the loan?", ExpectedAnswer.Quantity)]
    [InlineData("what hourly rate do we pay agency social workers?", ExpectedAnswer.Quantity)]
    [InlineData("what rate?", ExpectedAnswer.Quantity)]
    [InlineData("what fees policy applies to care homes?", ExpectedAnswer.Anything)]
    [InlineData("what's behind the gap in attainment?", ExpectedAnswer.Anything)]
    [InlineData("what council tax rise is the city proposing for 25/26?", ExpectedAnswer.Quantity)] // a rise is a figure
    [InlineData("what pay uplift did staff get?", ExpectedAnswer.Quantity)]
    [InlineData("what increase in plans has there been since 2017?", ExpectedAnswer.Anything)] // the rise over time, told in words and figures
    [InlineData("What council tax increase is the city proposing for 2025/26?", ExpectedAnswer.Quantity)] // an increase asked with its verb
    [InlineData("What's the 2022/23 budget for assisted school transport?", ExpectedAnswer.Quantity)] // the year before the noun
    [InlineData("can you check what the DSG high needs block deficit is this year?", ExpectedAnswer.Quantity)] // asked indirectly
    [InlineData("do you know what the overspend on transport was?", ExpectedAnswer.Quantity)]
    [InlineData("what's Derbyshire's rate of looked after children per 10,000?", ExpectedAnswer.Quantity)] // a rate of something
    [InlineData("what's the rate of pay for agency staff?", ExpectedAnswer.Quantity)]
    public void Expected_QuestionWording_SaysWhatKindOfAnswer(string question, ExpectedAnswer expected) =>
        Assert.Equal(expected, AnswerTypeCheck.Expected(QueryAnalyzer.Analyze(question, new CommitteeRecognizer([]))));

    [Fact]
    public async Task Answer_WhenButNoDateNearTheSubject_Abstains()
    {
        var answer = await AnswerAsync(
            "when will the new free school open?",
            "The Department for Education has approved plans for a new free school, but it will take time to build and staff the new free school.");

        Assert.False(answer.Answered);
    }

    [Fact]
    public async Task Answer_WhenWithADate_Answers()
    {
        var answer = await AnswerAsync(
            "when will the new free school open?",
            "The Department for Education has approved plans for a new free school, which is due to open in September 2026.");

        Assert.True(answer.Answered);
        Assert.Contains("September 2026", answer.Text);
    }

    [Theory]
    [InlineData("can you tell me who is the independent scrutineer?", ExpectedAnswer.Person)]
    [InlineData("quick one - when is the safeguarding report due?", ExpectedAnswer.Date)]
    [InlineData("whats the exact date of the partnership board meeting?", ExpectedAnswer.Date)]
    [InlineData("can you give me the date of the next youth justice plan update?", ExpectedAnswer.Date)]
    [InlineData("any idea how many foster carers Testshire has?", ExpectedAnswer.Quantity)]
    [InlineData("remind me, has the department replied to the letter?", ExpectedAnswer.Reply)]
    [InlineData("what did Ministers reply to the letter about care costs?", ExpectedAnswer.Reply)]
    public void Expected_ChatPrefixOrInnerPhrasing_ReadsTheKindOfAnswer(string question, ExpectedAnswer expected)
    {
        var sut = AnswerTypeCheck.Expected(QueryAnalyzer.Analyze(question, new CommitteeRecognizer([])));

        Assert.Equal(expected, sut);
    }

    [Fact]
    public async Task Answer_CanYouTellMeWhoButNoPersonNamed_Abstains()
    {
        var answer = await AnswerAsync("can you tell me who is the independent scrutineer?", ScrutineerReport);

        Assert.False(answer.Answered);
    }

    private static async Task<Answer> AnswerFromChunksAsync(string question, params Chunk[] chunks)
    {
        var retriever = new PassageRetriever(new FakeSearchIndex(chunks), Options);
        var result = await retriever.RetrieveAsync(QueryAnalyzer.Analyze(question, new CommitteeRecognizer([])), CancellationToken.None);
        return new ExtractiveAnswerer(Options).Answer(result);
    }

    [Fact]
    public async Task Answer_WhatTimeDidItFinishButOnlyAnAgenda_Abstains()
    {
        var agenda = FakeSearchIndex.Chunk(
            "A meeting of the County Council will be held in the Council Chamber on Thursday, 13 February 2025 at 9.30 am to deal with the budget. The meeting is scheduled to end by 5.00 pm.",
            meetingDate: new DateOnly(2025, 2, 13));

        var answer = await AnswerFromChunksAsync("what time did the 13 February 2025 budget meeting finish?", agenda);

        Assert.False(answer.Answered);
    }

    [Fact]
    public async Task Answer_WhatTimeDidItFinishWithMinutesOfAnotherMeeting_Abstains()
    {
        var otherMinutes = FakeSearchIndex.Chunk("The budget meeting closed at 4.15 pm.", meetingDate: new DateOnly(2024, 2, 15));

        var answer = await AnswerFromChunksAsync("what time did the 13 February 2025 budget meeting finish?", otherMinutes);

        Assert.False(answer.Answered);
    }

    [Fact]
    public async Task Answer_WhatTimeDidItFinishWithMinutesOfThatMeeting_Answers()
    {
        var minutes = FakeSearchIndex.Chunk("Budget meeting of the County Council. The meeting closed at 4.15 pm.", meetingDate: new DateOnly(2025, 2, 13));

        var answer = await AnswerFromChunksAsync("what time did the 13 February 2025 budget meeting finish?", minutes);

        Assert.True(answer.Answered);
        Assert.Contains("4.15 pm", answer.Text);
    }

    [Fact]
    public async Task Answer_PlaceNamedOnlyAsPartOfALongerPlace_Abstains()
    {
        var answer = await AnswerAsync(
            "how many children were in care in Nottingham at the end of March?",
            "Nottinghamshire had 912 children in care at the end of March, up from 880.");

        Assert.False(answer.Answered);
    }

    [Theory]
    [InlineData("Testshire County Council", true)]
    [InlineData("Otherton City Council", false)]
    public async Task Answer_PlaceNamedOnlyByTheCouncilThatPublishedThePaper_AnswersForThatCouncilOnly(string council, bool answered)
    {
        var chunk = FakeSearchIndex.Chunk("The Local Authority currently supports 13 eligible families with no recourse to public funds.") with { Council = council };

        var answer = await AnswerFromChunksAsync("how many families with no recourse to public funds is Testshire supporting?", chunk);

        Assert.Equal(answered, answer.Answered);
    }

    [Theory]
    [InlineData(2023, false)]
    [InlineData(2024, true)]
    public async Task Answer_FigureDatedOnlyByTheSentenceBeforeIt_AnswersForThatYearOnly(int year, bool answered)
    {
        var answer = await AnswerFromChunksAsync(
            $"how many cases of veteran homelessness were there in Testshire in {year}?",
            FakeSearchIndex.Chunk("The Testshire partnership refreshed its veterans strategy in 2023. Its report on veterans in Testshire came out in 2024. Cases of veteran homelessness numbered 19 over the year."));

        Assert.Equal(answered, answer.Answered);
    }

    [Theory]
    [InlineData("Per the minister's letter of 16 Dec 2024, when does the government expect new unitary councils to be running?")]
    [InlineData("in the minister's letter of 16 Dec 2024 - when are new unitary councils expected to be running?")]
    public async Task Answer_WhenAskedAfterAPointerWithADay_IsNotAnsweredByThePointersDay(string question)
    {
        var answer = await AnswerFromChunksAsync(
            question,
            FakeSearchIndex.Chunk("Letter from the minister to leaders of councils, 16 December 2024: the government expects new unitary councils to be running.", "letter.pdf"));

        Assert.False(answer.Answered);
    }

    [Theory]
    [InlineData(2024, true)] // 2022/23 is also 2023, the year before the meeting named
    [InlineData(2025, false)]
    public async Task Answer_FigureAfterAFinancialYear_IsDatedByBothOfItsYears(int meetingYear, bool answered)
    {
        var answer = await AnswerFromChunksAsync(
            $"how much money did the fostering bid bring into the region? (Children and Families Select Committee, April {meetingYear})",
            FakeSearchIndex.Chunk("Source: fostering placements return 2022/23. The fostering bid has brought £1.8 million of money into the region.", meetingDate: new DateOnly(meetingYear, 4, 15), committee: "Children and Families Select Committee"));

        Assert.Equal(answered, answer.Answered);
    }

    [Theory]
    [InlineData("how many children were supported to stay with family, per the update to the January 2024 select committee?", true)]
    [InlineData("how many children were supported to stay with family? figures from the January 2024 improvement report pls", true)]
    [InlineData("how many children were supported to stay with family? (Children and Families Select Committee, January 2024)", true)]
    [InlineData("how many children were supported to stay with family in January 2024?", false)] // the figure's month, not the meeting's
    public async Task Answer_MonthNamingThePapersMeeting_AllowsTheYearBeforeAsThePaperGivesIt(string question, bool answered)
    {
        var answer = await AnswerFromChunksAsync(
            question,
            FakeSearchIndex.Chunk("The number of children supported to stay with family rose to 412 in November 2023.", meetingDate: new DateOnly(2024, 1, 24), committee: "Children and Families Select Committee"));

        Assert.Equal(answered, answer.Answered);
    }

    private const string ShareQuestionNamingTheMeeting =
        "the improvement report for CYP scrutiny in Jan 2024 - how much did the share of children supported to stay with family go up by?";

    [Fact]
    public async Task Answer_AnotherMeetingsPaperRepeatingMoreOfTheQuestion_DoesNotRaiseTheBarForTheMeetingNamed()
    {
        var answer = await AnswerFromChunksAsync(
            ShareQuestionNamingTheMeeting,
            FakeSearchIndex.Chunk("Improvement in practice has resulted in the share of children supported to remain with family increasing from 32% to 40%.", "jan-2024.pdf", meetingDate: new DateOnly(2024, 1, 24)),
            FakeSearchIndex.Chunk("The improvement report to scrutiny sets out how the share of children supported to stay with family should go up.", "mar-2022.pdf", meetingDate: new DateOnly(2022, 3, 31)));

        Assert.True(answer.Answered);
        Assert.Contains("40%", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_MeetingNamed_PapersOfOtherMeetingsKeepTheBarSetByAll()
    {
        var answer = await AnswerFromChunksAsync(
            ShareQuestionNamingTheMeeting,
            FakeSearchIndex.Chunk("Improvement: the report was noted.", "jan-2024.pdf", meetingDate: new DateOnly(2024, 1, 24)),
            FakeSearchIndex.Chunk("Improvement in practice has resulted in the share of children supported to remain with family increasing from 32% to 40%.", "nov-2024.pdf", meetingDate: new DateOnly(2024, 11, 13)),
            FakeSearchIndex.Chunk("The improvement report to scrutiny sets out how the share of children supported to stay with family should go up.", "mar-2022.pdf", meetingDate: new DateOnly(2022, 3, 31)));

        Assert.False(answer.Answered);
    }

    [Theory]
    [InlineData("how many councillors voted for and against the final devolution motion?", true)]
    [InlineData("how many councillors backed the final devolution motion?", false)] // no vote asked: the heading is not read with the count
    public async Task Answer_VoteCountMinutedUnderTheItem_IsReadWithTheItemsHeading(string question, bool answered)
    {
        var chunk = FakeSearchIndex.Chunk("25) The Chairman put the substantive motion to the vote and the voting was as follows: For (39) - Against (19) - Abstain (1)")
            with { ItemTitle = "English Devolution White Paper" };

        var answer = await AnswerFromChunksAsync(question, chunk);

        Assert.Equal(answered, answer.Answered);
    }

    [Fact]
    public async Task Answer_YearNotInTheEvidence_Abstains()
    {
        var answer = await AnswerFromChunksAsync(
            "how many children were in care in Testshire in 2019?",
            FakeSearchIndex.Chunk("Testshire had 912 children in care at the end of March 2021, up from 880.", meetingDate: new DateOnly(2021, 6, 1)));

        Assert.False(answer.Answered);
    }

    [Fact]
    public async Task Answer_PlaceAndYearInTheEvidence_Answers()
    {
        var answer = await AnswerFromChunksAsync(
            "how many children were in care in Testshire in 2021?",
            FakeSearchIndex.Chunk("Testshire had 912 children in care at the end of March 2021, up from 880.", meetingDate: new DateOnly(2021, 6, 1)));

        Assert.True(answer.Answered);
        Assert.Contains("912", answer.Text);
    }
}
