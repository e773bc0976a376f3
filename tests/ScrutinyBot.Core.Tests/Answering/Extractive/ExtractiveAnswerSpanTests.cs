using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Answering;
using ScrutinyBot.Core.Answering.Extractive;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Tests.Retrieval;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

/// <summary>The answer carries what the chosen sentence needs with it: the list it introduces, the rest of its
/// numbered list, the sentence that leans on it.</summary>
public sealed class ExtractiveAnswerSpanTests
{
    private static readonly IOptions<RetrievalOptions> Options = Microsoft.Extensions.Options.Options.Create(new RetrievalOptions());

    /// <param name="passages">Chunks of one paper, in reading order.</param>
    private static async Task<Answer> AnswerAsync(string question, params string[] passages)
    {
        var retriever = new PassageRetriever(new FakeSearchIndex(passages.Select(p => FakeSearchIndex.Chunk(p)).ToArray()), Options);
        var result = await retriever.RetrieveAsync(QueryAnalyzer.Analyze(question, new CommitteeRecognizer([])), CancellationToken.None);
        return new ExtractiveAnswerer(Options).Answer(result);
    }

    private static async Task<string> AnswerTextAsync(string question, string passage) => (await AnswerAsync(question, passage)).Text;

    [Fact]
    public async Task Answer_SentenceIntroducesList_IncludesItsItemsUpToTheNextParagraph()
    {
        var text = await AnswerTextAsync(
            "which monitoring visits has the service received?",
            "1.6 Judgements are not provided by inspectors. To date the service has received 3 monitoring visits:\n"
            + "The Front Door (MASH, Duty and EDT) February 2023 (appendix 2)\n"
            + "Children in Need and Children with a Child Protection Plan July 2023\n"
            + "Care Leavers aged 18+ November 2023 (appendix 4)\n"
            + "1.7 A programme of transformation activity has been running alongside the improvement work.");

        Assert.Contains("Front Door", text);
        Assert.Contains("Care Leavers", text);
        Assert.DoesNotContain("transformation activity", text);
    }

    [Fact]
    public async Task Answer_ChosenItemOfNumberedResolution_IncludesTheItemsAfterIt()
    {
        var text = await AnswerTextAsync(
            "what did the committee resolve about alternative education?",
            "Resolved:\n"
            + "1) To request a report on what the Council is doing to prevent permanent exclusions from school.\n"
            + "2) To request a report on whether alternative education provisions within the city are of a good standard.\n"
            + "3) To invite the Chief Executives of the major Multi-Academy Trusts to a future meeting.");

        Assert.Contains("good standard", text);
        Assert.Contains("Multi-Academy Trusts", text);
    }

    [Fact]
    public async Task Answer_NextSentenceLeansOnChosenOne_KeepsThemTogether()
    {
        var text = await AnswerTextAsync(
            "how often did police and health professionals attend strategy discussions?",
            "Partners were reminded of the guidance on training. In 2020/21 the police attended 89% of strategy discussions "
            + "and health professionals attended 74% of strategy discussions. This gave us an overall performance of 70% "
            + "compliance against statutory guidance. Training has been offered to all managers.");

        Assert.Contains("89%", text);
        Assert.Contains("70%", text);
    }
    [Fact]
    public async Task Answer_HowOften_PrefersTheSentenceGivingAFrequency()
    {
        var answer = await AnswerAsync(
            "how often are we getting the performance, risk and finance reports?",
            "Performance, finance and risk update: to provide a progress report on departmental performance, risk and the financial position.",
            "Resolved: that further reports on the department's performance, risks and financial position be received on a quarterly basis.");

        Assert.StartsWith("Resolved: that further reports", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_QuestionSaysPreviousPapersSayLast_FindsTheReason()
    {
        var text = await AnswerTextAsync(
            "why weren't the previous minutes approved?",
            "Apologies were received from two members. The Chair explained that the minutes of the last meeting were unavailable "
            + "due to the officer who attended having left the authority. The board then discussed the transformation plan.");

        Assert.StartsWith("The Chair explained", text, StringComparison.Ordinal);
    }
    [Fact]
    public async Task Answer_WhatIsTheCommitteeAskedToDo_GivesTheReportsRequestWithItsList()
    {
        var text = await AnswerTextAsync(
            "what is scrutiny being asked to do with the safeguarding annual report?",
            "1.1 To receive evidence from the Safeguarding Children Partnership regarding its annual report.\n"
            + "2 Action required\n"
            + "2.1 The Committee is asked to:\n"
            + "a) agree any comments or recommendations that it wishes to make to the Partnership; and\n"
            + "b) identify any issues or evidence relevant to the Committee's work programme.\n"
            + "3.1 The Committee asked about the partnership's safeguarding annual report last year and members discussed it at length.");

        Assert.Contains("2.1 The Committee is asked to: a) agree any comments or recommendations", text, StringComparison.Ordinal);
        Assert.Contains("work programme", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_AnswerRunsOnIntoTheNextChunk_ReadsOnToFinishIt()
    {
        var answer = await AnswerAsync(
            "why is Education Learning and Inclusion overspending?",
            "Other divisions are on budget. Education Learning and Inclusion Division is reporting a forecast overspend of £0.7m which has remained unchanged.",
            "The main driver is pension enhancements. Table 1 follows.");

        Assert.Contains("pension enhancements", answer.Text, StringComparison.Ordinal);
        Assert.Single(answer.Citations);
    }

    [Fact]
    public async Task Answer_ListLongerThanTheReach_AddsTheLaterItemThatHoldsTheRestOfTheQuestionWithAnEllipsis()
    {
        var text = await AnswerTextAsync(
            "what net revenue budget and council tax requirement were agreed for 2025-26?",
            "RESOLVED that: the Council, having considered the section 25 report, is asked to agree the following:\n"
            + "(a) The ten-year capital programme and investment proposals of £900m over the years from 2025-26 to 2034-35, together with the necessary funding and subject to the approval to spend arrangements set out in the report.\n"
            + "(b) The directorate capital programmes as set out in appendices A and B of the final draft budget report published earlier in the month, with the changes reported at the meeting.\n"
            + "(c) The net revenue budget requirement of £1,200.5m for 2025-26.\n"
            + "(d) The directorate revenue budget proposals for 2025-26 and the medium term financial plan as set out in appendices D, E and F of the final draft budget report, including the individual spending, savings, income and reserves variations for each directorate, and the key services analysis in appendix G, published earlier in the month, together with the changes set out in the late changes report and the schedule of fees and charges for the year.\n"
            + "(e) To approve the prudential indicators, the treasury management strategy, the minimum revenue provision policy and the investment strategy as set out in appendices K, L, M and N of the final draft budget report, with the amendments reported by the Corporate Director at the meeting and the updated capital financing requirement.\n"
            + "(f) To increase band rates up to the maximum permitted without a referendum as set out in section 6.4 of the final draft report, and to note the adult social care precept and the district collection arrangements described in section 6.5 of the report.\n"
            + "(g) The total Council Tax requirement of £750,123,456 to be raised through precepts on districts as set out in section 6.6 of the final draft report.\n"
            + "(h) Note the transition of all staff to the new pay structure agreed in May.");

        Assert.Contains("(c) The net revenue budget requirement of £1,200.5m", text, StringComparison.Ordinal);
        Assert.Contains(" … (g) The total Council Tax requirement of £750,123,456", text, StringComparison.Ordinal);
        Assert.DoesNotContain("(h) Note the transition", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_WhatDidTheyConclude_ReadsTheParagraphOnToItsClosingJudgementInTheNextChunk()
    {
        var answer = await AnswerAsync(
            "what did the s151 officer conclude in the section 25 statement?",
            "12. Section 25 Report\n(1) Ms Jane Rowe, Director of Finance, as the Section 151 Officer, presented the Section 25 Assurance Statement. She said there were considerable risks in delivering a balanced budget, including the economic outlook, the one-year settlement, the savings required and the growing demand for statutory services. She said the budget proposals had been scrutinised at length and that the statement covered the proposed budget and every amendment. She noted that the amendments came",
            "She noted that the amendments came to 0.3% of the overall budget. Ms Rowe explained that provided the savings in the plan were delivered and borrowing was kept down, the Council would remain financially sustainable over the medium term. The assessment was that the budget estimates were robust and the reserves were adequate.\n(2) Mr Hill proposed, and Mrs Lane seconded, that the report be noted.");

        Assert.True(answer.Answered);
        Assert.Contains("as the Section 151 Officer, presented", answer.Text, StringComparison.Ordinal);
        Assert.Contains("The assessment was that the budget estimates were robust and the reserves were adequate.", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("the amendments came …", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mr Hill proposed", answer.Text, StringComparison.Ordinal);
    }
}
