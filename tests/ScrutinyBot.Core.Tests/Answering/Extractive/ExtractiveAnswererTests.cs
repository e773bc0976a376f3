using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Answering.Extractive;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Tests.Retrieval;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

public sealed class ExtractiveAnswererTests
{
    private static readonly IOptions<RetrievalOptions> Options = Microsoft.Extensions.Options.Options.Create(new RetrievalOptions());

    private static async Task<RetrievalResult> RetrieveAsync(string question, params ScrutinyBot.Core.Documents.Chunk[] chunks)
    {
        var retriever = new PassageRetriever(new FakeSearchIndex(chunks), Options);
        return await retriever.RetrieveAsync(QueryAnalyzer.Analyze(question, new CommitteeRecognizer([])), CancellationToken.None);
    }

    [Theory]
    [InlineData("Work programme. 2 March 2025 'Deeper Dive' on permanent exclusions - TBC. What the council is doing to prevent exclusions.", 1, false)]
    [InlineData("At the 2 March 2025 deeper dive on permanent exclusions the committee concluded that schools needed more support.", 4, true)]
    public async Task Answer_WhatWasConcludedAtALaterMeeting_OnlyPapersWrittenAfterItAnswer(string text, int monthWritten, bool answers)
    {
        var result = await RetrieveAsync(
            "what did the committee conclude at its March 2025 deeper dive on permanent exclusions?",
            FakeSearchIndex.Chunk(text, meetingDate: new DateOnly(2025, monthWritten, 15)));

        var answer = new ExtractiveAnswerer(Options).Answer(result);

        Assert.Equal(answers, answer.Answered);
    }

    [Fact]
    public async Task Answer_WhatAPersonSaid_ReadsTheSentencesGoingOnWithWhatTheySaid()
    {
        var result = await RetrieveAsync(
            "what warning did the Liberal Democrat leader give about postponing the May elections?",
            FakeSearchIndex.Chunk(
                "17) Mr Hook, Leader of the Liberal Democrat Group, also welcomed Mr Mallon to the Council and wished Members a restful Christmas. Mr Lehmann asked whether the Leader planned to request postponing next May's elections, a warning sign for democracy.",
                source: "december-minutes.pdf"),
            FakeSearchIndex.Chunk(
                "12) Mr Hook, Leader of the Liberal Democrat Group, explained that the Council had existed since 1889. He said the six week election period need not disrupt reorganisation. He noted a risk that it would not be a postponement of just one year but may roll on for two or three years.",
                source: "january-minutes.pdf"));

        var answer = new ExtractiveAnswerer(Options).Answer(result);

        Assert.Contains("two or three years", answer.Text.Split("[1]")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_MeetingsDayInItsOwnHeading_DoesNotOutscoreTheSentenceGivingTheReason()
    {
        var result = await RetrieveAsync(
            "why didn't the partnership board approve the previous meeting's minutes on 28 June 2022?",
            FakeSearchIndex.Chunk(
                "Testshire Partnership Board - minutes of the meeting held on 28 June 2022 from 4.05 pm to 5.51 pm. Present: Cllr Ann Lee (Chair), Sam Roe, Director.",
                meetingDate: new DateOnly(2022, 6, 28)),
            FakeSearchIndex.Chunk(
                "2 Minutes. The Chair explained the previous meeting's minutes could not be approved, being unavailable due to the officer who attended having left.",
                meetingDate: new DateOnly(2022, 6, 28)));

        var answer = new ExtractiveAnswerer(Options).Answer(result);

        Assert.True(answer.Answered);
        Assert.DoesNotContain("4.05 pm", answer.Text.Split("having left")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_PassageCoversQuestion_AnswersWithNumberedCitation()
    {
        var result = await RetrieveAsync(
            "who were the inspectors on the monitoring visit?",
            FakeSearchIndex.Chunk("The inspectors for this monitoring visit were Jane Doe and Sam Roe. Other text follows here.", page: 7),
            FakeSearchIndex.Chunk("Parking at the venue is limited."));
        var sut = new ExtractiveAnswerer(Options);

        var answer = sut.Answer(result);

        Assert.True(answer.Answered);
        Assert.Contains("Jane Doe and Sam Roe", answer.Text);
        Assert.Contains("[1]", answer.Text);
        Assert.Equal(("pack.pdf", 7), (answer.Citations[0].Source, answer.Citations[0].Page));
    }

    [Fact]
    public async Task Answer_ChunkCutMidSentenceAtALineBreak_ReadsTheSentenceOnIntoTheNextChunk()
    {
        var result = await RetrieveAsync(
            "how much Basic Need grant has Testshire been allocated for 2024-25?",
            FakeSearchIndex.Chunk("4.2 Basic Need grant is allocated by Government on a comparison of school capacity against forecast pupil numbers.\n4.3 The Basic Need grant allocations for the 2024-25 financial year are based upon the projected"),
            FakeSearchIndex.Chunk("need for new places by September 2025; Testshire has been allocated £5,046,624. The nature of new school provision means costs come early."));
        var sut = new ExtractiveAnswerer(Options);

        var answer = sut.Answer(result);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("based upon the projected need for new places by September 2025; Testshire has been allocated £5,046,624.", answer.Text);
    }

    [Fact]
    public async Task RankedSentences_QuestionRecordedInThePaper_RanksBelowItsAnswer()
    {
        var result = await RetrieveAsync(
            "what joint work is the council doing with the NHS to get people out of hospital?",
            FakeSearchIndex.Chunk("Can the Cabinet Member confirm what joint work with the NHS is being done to get people out of hospital? Answer - Thank you for your question. Transfer of Care Hubs are joint work of the council and the NHS, cutting delays in people leaving hospital."));

        var ranked = ExtractiveAnswerer.RankedSentences(result, 3);

        Assert.StartsWith("Transfer of Care Hubs", ranked[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_WhyNot_OpensWithTheSentenceGivingTheReasonForWhatDidNotHappen()
    {
        var result = await RetrieveAsync(
            "why weren't Testshire and Westmere included in the Priority Programme?",
            FakeSearchIndex.Chunk("Council is asked to endorse the request for Testshire and Westmere to be included in the Priority Programme. The Leaders wrote asking for Testshire and Westmere to be included in the Priority Programme."),
            FakeSearchIndex.Chunk("Leaders had met the expected timelines. Testshire and Westmere were not included in the Priority Programme: the minister judged the population disparity between the two councils too large."));
        var sut = new ExtractiveAnswerer(Options);

        var answer = sut.Answer(result);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Testshire and Westmere were not included", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_Why_OpensWithTheSentenceThatGivesAReason()
    {
        var result = await RetrieveAsync(
            "why is Testshire leaving the Priority Programme?",
            FakeSearchIndex.Chunk("Testshire is leaving the Priority Programme in April 2026, the report says."),
            FakeSearchIndex.Chunk("Testshire is leaving the Priority Programme because its funding ends."));
        var sut = new ExtractiveAnswerer(Options);

        var answer = sut.Answer(result);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Testshire is leaving the Priority Programme because", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("As of October 2024, the 18-25 section of the Testshire Independence Service was working with 894 young adults.", false)]
    [InlineData("As of January 2025, the 18-25 section of the Testshire Independence Service was working with 925 young adults.", true)]
    [InlineData("As at January 2025 the 18-25 section of the Testshire Independence Service was working with 925 young adults.", true)]
    public void IsDuplicate_SameWordsWithAnotherFigure_IsAnotherReading(string other, bool duplicate)
    {
        const string first = "As of January 2025, the 18-25 section of the Testshire Independence Service was working with 925 young adults.";

        Assert.Equal(duplicate, ExtractiveAnswerer.IsDuplicate(UnitOf(first), UnitOf(other)));
    }

    private static AnswerUnit UnitOf(string text) =>
        new(new ScoredPassage(new SearchHit(1, FakeSearchIndex.Chunk(text), 1), 1, 1), 0, text, 1, CoverageCalculator.Stems(text), true);

    [Fact]
    public async Task Answer_WhenInAYear_PrefersTheSentenceDatedThatYearOverOneDatedAnother()
    {
        var result = await RetrieveAsync(
            "when did Ofsted and the CQC carry out the SEND inspection in 2021?",
            FakeSearchIndex.Chunk("The SEND improvement plan written after the Ofsted and CQC inspection was approved on 14 July 2023."),
            FakeSearchIndex.Chunk("(b) Ofsted and the CQC led the SEND inspection of the area. (c) The inspection took place between 8 November and 12 November 2021, and included meetings with parents."));
        var sut = new ExtractiveAnswerer(Options);

        var answer = sut.Answer(result);

        Assert.True(answer.Answered, answer.Text);
        var inYear = answer.Text.IndexOf("12 November 2021", StringComparison.Ordinal);
        var otherYear = answer.Text.IndexOf("14 July 2023", StringComparison.Ordinal);
        Assert.True(inYear >= 0 && (otherYear < 0 || inYear < otherYear), answer.Text);
    }

    [Fact]
    public async Task Answer_SentencesChosenByWordsHoldNoFigure_LeadWithTheOneThatGivesIt()
    {
        var result = await RetrieveAsync(
            "how many foster carers did the fostering hub approve?",
            FakeSearchIndex.Chunk("The fostering hub approves foster carers for the councils of the region. The fostering hub reports on foster carers approved to the partnership board each year."),
            FakeSearchIndex.Chunk("Foster carers and the fostering hub: a recruitment update. Recruitment went well. Approved: 41 foster carers."));
        var sut = new ExtractiveAnswerer(Options);

        var answer = sut.Answer(result);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Foster carers and the fostering hub: a recruitment update.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Approved: 41 foster carers.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_SentenceUnderAnItemHeading_CountsTheHeadingsWords()
    {
        var result = await RetrieveAsync(
            "how many children were waiting for a school place under fair access?",
            FakeSearchIndex.Chunk("Fair access protocols were discussed with schools and children's services. Members noted that school places are scarce for children in year 9.") with { ItemTitle = "Provision for children without a school place" },
            FakeSearchIndex.Chunk("Fair Access: as at 1 October, 42 were waiting.") with { ItemTitle = "Provision for children without a school place" });
        var sut = new ExtractiveAnswerer(Options);

        var answer = sut.Answer(result);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Fair Access: as at 1 October, 42 were waiting.", answer.Text);
    }

    [Fact]
    public async Task RankedSentences_PaperWithoutItemHeadings_CountsTheTitleThePaperGivesItself()
    {
        var about = new ScrutinyBot.Core.Documents.CitedPaper("Adoption of the Care Strategy Delivery Plan \u2014 Cabinet, 30 January 2025", "pdf", "decision.pdf");
        var other = new ScrutinyBot.Core.Documents.CitedPaper("Highways Term Contract \u2014 Cabinet, 30 January 2025", "pdf", "highways.pdf");
        var result = await RetrieveAsync(
            "when did the cabinet committee endorse the care strategy delivery plan?",
            FakeSearchIndex.Chunk("The proposed decision was endorsed by the Health Cabinet Committee on 21 January 2025.", source: "highways.pdf") with { Paper = other },
            FakeSearchIndex.Chunk("The proposed decision was endorsed by the Health Cabinet Committee on 14 January 2025.", source: "decision.pdf") with { Paper = about });

        var ranked = ExtractiveAnswerer.RankedSentences(result, 2);

        Assert.Contains("14 January", ranked[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_FigureInAPassageAboutAnotherPlace_AbstainsThoughAnotherPassageNamesThePlace()
    {
        var result = await RetrieveAsync(
            "how much children's homes capital programme money did Derby get?",
            FakeSearchIndex.Chunk("Testshire was awarded £2.1 million from the children's homes capital programme to build two new homes for children."),
            FakeSearchIndex.Chunk("The fostering partnership of Testshire, Derby and two other councils recruits foster carers for children's homes."));
        var sut = new ExtractiveAnswerer(Options);

        var answer = sut.Answer(result);

        Assert.False(answer.Answered, answer.Text);
    }

    [Fact]
    public async Task Answer_FigureInAPassageNamingThePlace_Answers()
    {
        var result = await RetrieveAsync(
            "how much children's homes capital programme money did Testshire get?",
            FakeSearchIndex.Chunk("Testshire was awarded £2.1 million from the children's homes capital programme to build two new homes for children."),
            FakeSearchIndex.Chunk("The fostering partnership of Testshire, Derby and two other councils recruits foster carers for children's homes."));
        var sut = new ExtractiveAnswerer(Options);

        var answer = sut.Answer(result);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("£2.1 million", answer.Text);
    }

    [Theory]
    [InlineData("Amendment - Greens and Independents - Transport Study", true)]
    [InlineData("Amendment - Labour Group - Transport Study", false)]
    public async Task Answer_BodyNamedOnlyInThePapersTitle_AnswersWhenTheTitleNamesIt(string title, bool answered)
    {
        var paper = new ScrutinyBot.Core.Documents.CitedPaper(title, "pdf", "amendment.pdf");
        var result = await RetrieveAsync(
            "how much were the Greens and Independents proposing for the transport feasibility study?",
            FakeSearchIndex.Chunk("Budget Amendment Form. Proposed purpose: allocate up to £75k from general reserves to fund a feasibility study into transport.") with { Paper = paper });
        var sut = new ExtractiveAnswerer(Options);

        var answer = sut.Answer(result);

        Assert.Equal(answered, answer.Answered);
        Assert.Contains("£75k", answer.Text);
    }

    [Theory]
    [InlineData("Budget Amendment Form. Proposed purpose: allocate up to £75k from general reserves to fund a feasibility study into home to school transport.", true)]
    [InlineData("Budget Amendment Form. Parking at the venue is limited; members were reminded to sign in.", false)]
    public async Task Answer_BestSentenceInPapersNotNamingTheGroup_ChoosesFromThePaperThatDoes(string amendmentText, bool answered)
    {
        var amendment = new ScrutinyBot.Core.Documents.CitedPaper("Amendment - Greens and Independents - Transport Study", "pdf", "amendment.pdf");
        var result = await RetrieveAsync(
            "how much were the Greens and Independents asking for, for the home to school transport feasibility study?",
            FakeSearchIndex.Chunk("Mr Hood moved the amendment, asking how much money the study needed. Proposed purpose: allocate up to £75k from general reserves to fund the feasibility study asked for into home to school transport.", source: "minutes.pdf"),
            FakeSearchIndex.Chunk(amendmentText, source: "amendment.pdf") with { Paper = amendment });
        var sut = new ExtractiveAnswerer(Options);

        var answer = sut.Answer(result);

        Assert.Equal(answered, answer.Answered);
        Assert.Contains("£75k", answer.Text);
        if (answered)
        {
            Assert.Equal("amendment.pdf", answer.Citations[0].Source);
        }
    }

    [Theory]
    [InlineData("The Council currently employs Link Group as treasury management advisers.", true)]
    [InlineData("The Council takes external treasury management advice from specialist advisers.", false)]
    public async Task Answer_WhoHoldsARole_AFirmNamedAsItAnswers(string text, bool answered)
    {
        var result = await RetrieveAsync("Who is KCC's treasury management adviser?", FakeSearchIndex.Chunk(text));
        var sut = new ExtractiveAnswerer(Options);

        var answer = sut.Answer(result);

        Assert.Equal(answered, answer.Answered);
    }

    [Fact]
    public async Task Answer_TableOfContentsNamesTheSubject_AnswersFromTheText()
    {
        var result = await RetrieveAsync(
            "where was the armed forces covenant conference held?",
            FakeSearchIndex.Chunk("Contents Armed Forces Covenant Conference .................................... 14 Armed Forces Covenant Conference venue ...................... 15 Great Tommy Sleep Out ...................... 16"),
            FakeSearchIndex.Chunk("The conference was held at Brompton Barracks with a record attendance."));
        var sut = new ExtractiveAnswerer(Options);

        var answer = sut.Answer(result);

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("The conference was held at Brompton Barracks", answer.Text);
    }

    [Fact]
    public async Task Answer_PassageCoversFewQuestionWords_AbstainsWithClosest()
    {
        var result = await RetrieveAsync(
            "has the police replied to the letter about its funding contribution?",
            FakeSearchIndex.Chunk("The partnership thanked the police for attending."));
        var sut = new ExtractiveAnswerer(Options);

        var answer = sut.Answer(result);

        Assert.False(answer.Answered);
        Assert.StartsWith(ExtractiveAnswerer.NotFound + " Closest:", answer.Text);
        Assert.Single(answer.Citations);
    }

    [Theory]
    [InlineData(0.3, true)]
    [InlineData(0.9, false)]
    public async Task IsAnswerable_CoverageAgainstThreshold_DecidesAbstention(double threshold, bool expected)
    {
        var result = await RetrieveAsync(
            "what did the committee ask about alternative education providers?",
            FakeSearchIndex.Chunk("The committee asked for a report on alternative education."));
        var sut = new ExtractiveAnswerer(Microsoft.Extensions.Options.Options.Create(new RetrievalOptions { MinCoverage = threshold }));

        Assert.Equal(expected, sut.IsAnswerable(result));
    }

    [Fact]
    public async Task Answer_ManyLongPassages_StaysWithinChatLength()
    {
        var text = string.Join(" ", Enumerable.Repeat("The budget overspend was discussed at length by members of the committee.", 30));
        var result = await RetrieveAsync(
            "what was said about the budget overspend?",
            Enumerable.Range(1, 8).Select(i => FakeSearchIndex.Chunk(text + " " + i, page: i)).ToArray());
        var sut = new ExtractiveAnswerer(Options);

        var answer = sut.Answer(result);

        Assert.True(answer.Text.Length <= ExtractiveAnswerer.MaxAnswerChars);
    }

    [Fact]
    public async Task Answer_NoPassages_AbstainsWithoutCitations()
    {
        var result = await RetrieveAsync("anything about zebras?");
        var sut = new ExtractiveAnswerer(Options);

        var answer = sut.Answer(result);

        Assert.False(answer.Answered);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public async Task Answer_SecondAskedThingLaterInTheList_ReadsTheListOnToIt()
    {
        const string resolved = "Council agreed the budget as follows:\n" +
            "(a) The 10-year capital programme of £1,419m over the years from 2025-26 to 2034-35.\n" +
            "(b) The prudential indicators as set out in appendix N of the final draft report published in February.\n" +
            "(c) The net revenue budget requirement of £1,530.9m for 2025-26.\n" +
            "(d) The directorate revenue budget proposals for 2025-26 and the medium term financial plan as set out in appendices D, E, F and G of the final draft budget report published on 5th February 2025, with the changes agreed by the Cabinet at its meeting in January, the savings and income proposals in appendix F, and the key services in appendix G, each as amended by the supplementary report on the final local government finance settlement.\n" +
            "(e) To increase council tax band rates up to the maximum permitted without a referendum as set out in section 6.4 of the final draft report published on 5th February 2025.\n" +
            "(f) The total council tax requirement of £994,287,655 to be raised through precepts on districts.\n" +
            "(g) To note the transition of staff to the new pay structure agreed in May 2024.";
        var result = await RetrieveAsync(
            "what net revenue budget and council tax requirement were set for 2025-26?",
            FakeSearchIndex.Chunk(resolved, page: 3),
            FakeSearchIndex.Chunk("Council tax is the council's largest source of income for the net revenue budget in 2025-26.", page: 9));
        var sut = new ExtractiveAnswerer(Options);

        var answer = sut.Answer(result);

        Assert.Contains("£1,530.9m", answer.Text);
        Assert.Contains("£994,287,655", answer.Text);
        Assert.True(answer.Text.IndexOf("£994,287,655", StringComparison.Ordinal) < answer.Text.IndexOf("[1]", StringComparison.Ordinal), answer.Text);
    }

    [Theory]
    [InlineData("", false)]
    [InlineData(" Following the debate the motion was put to the vote. Motion carried.", true)]
    public async Task Answer_HowDidTheVoteGoOnAMotion_AnswersOnlyWhenThePapersRecordHowItEnded(string ending, bool answered)
    {
        var result = await RetrieveAsync(
            "how did the vote go on the single-use plastics motion at council in March?",
            FakeSearchIndex.Chunk("Motion for Time Limited Debate - Single-use plastics. Proposer: Cllr Ann Hood. Seconder: Cllr Ben Hawkins. "
                + "This Council notes the harm single-use plastics cause to wildlife and asks the Cabinet Member to write to the Government about a ban." + ending));
        var sut = new ExtractiveAnswerer(Options);

        var answer = sut.Answer(result);

        Assert.Equal(answered, answer.Answered);
        Assert.Contains("single-use plastics", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Answer_KeyPlaceOnlyInAPassageTheAnswerDoesNotQuote_Abstains()
    {
        var result = await RetrieveAsync(
            "what's the forecast revenue overspend for Testford City children's social care services at period 9 in 2024/25?",
            FakeSearchIndex.Chunk("Testfordshire County Council period 9 monitoring: the children's social care services budget is forecast to overspend on revenue by £3.0m in 2024/25, after the planned use of grant reserves.", source: "monitoring.pdf"),
            FakeSearchIndex.Chunk("The annual report of the libraries service records that two new branches opened during the year, that opening hours were extended at the central library, that volunteers gave more than ten thousand hours, and that the mobile library visited Testford City every week.", source: "libraries.pdf"));
        var sut = new ExtractiveAnswerer(Options);

        var answer = sut.Answer(result);

        Assert.False(answer.Answered);
        Assert.StartsWith(ExtractiveAnswerer.NotFound, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Testfordshire County Council", false)] // a neighbour's figure, quoted beside the council's own words
    [InlineData("Testford City Council", true)]
    public async Task Answer_FigureOfACouncilNamedInFull_ComesFromThatCouncilsPaper(string councilOfTheFigure, bool answered)
    {
        var result = await RetrieveAsync(
            "total number of EHCPs Testford City Council maintains?",
            FakeSearchIndex.Chunk("The total number of EHCPs the local authority maintains has increased from 2,104 in January 2017 to over 4,240 in January 2024.", source: "county.pdf") with { Council = councilOfTheFigure },
            FakeSearchIndex.Chunk("Testford City Council maintains a lower number of EHCPs than its neighbours because more support is available to children without a plan.", source: "city.pdf") with { Council = "Testford City Council" });
        var sut = new ExtractiveAnswerer(Options);

        var answer = sut.Answer(result);

        Assert.Equal(answered, answer.Answered);
    }

    [Theory]
    [InlineData("Children's Services Performance and Financial Position - Quarter 3 2024-25", true)]
    [InlineData("Children's Services Performance and Financial Position - Quarter 2 2024-25", false)]
    public async Task Answer_QuarterNamedOnlyInTheReportsTitle_IsNamed(string reportTitle, bool answered)
    {
        var chunk = FakeSearchIndex.Chunk("Summary financial position at period 10: the children's services department is forecast to overspend its revenue budget by £3.0m after the planned use of grant reserves.")
            with { PartTitle = reportTitle };
        var result = await RetrieveAsync("what's the Q3 forecast revenue overspend for the children's services department?", chunk);
        var sut = new ExtractiveAnswerer(Options);

        var answer = sut.Answer(result);

        Assert.Equal(answered, answer.Answered);
    }

    [Fact]
    public async Task RankedSentences_QuestionWordsSideBySideInAnotherForm_RankAboveTheSameWordsFarApart()
    {
        var result = await RetrieveAsync(
            "what did the leader say about the finance settlement?",
            FakeSearchIndex.Chunk(
                "The settlement was raised again after a long debate on roads, housing, schools, planning and finance. "
                + "Regarding the Financial Settlement, Mr Gough welcomed the increase in the Social Care Grant."));

        var ranked = ExtractiveAnswerer.RankedSentences(result, 2);

        Assert.StartsWith("Regarding the Financial Settlement", ranked[0].Text, StringComparison.Ordinal);
        Assert.True(ranked[0].Score > ranked[1].Score);
    }
}
