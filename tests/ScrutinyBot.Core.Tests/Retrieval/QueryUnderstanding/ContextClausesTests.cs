using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval.QueryUnderstanding;

public sealed class ContextClausesTests
{
    [Fact]
    public void Stems_TextAfterTheQuestion_IsContext()
    {
        var context = ContextClauses.Stems("what % of the partnership's funding comes from the police? the cttee wrote to the Chief Constable about it");

        Assert.Contains(TextTerms.Stem("constable"), context);
        Assert.Contains(TextTerms.Stem("chief"), context);
        Assert.DoesNotContain(TextTerms.Stem("police"), context);
        Assert.DoesNotContain(TextTerms.Stem("funding"), context);
    }

    [Theory]
    [InlineData("The committee wrote to Notts Police about their funding of the partnership - what % were they contributing?", "wrote", true)]
    [InlineData("The committee wrote to Notts Police about their funding of the partnership - what % were they contributing?", "funding", false)]
    [InlineData("The board agreed the plan in March – when did it start?", "agreed", true)]
    [InlineData("The board agreed the plan in March – what was agreed about the budget?", "agreed", false)] // asked again after the dash
    [InlineData("what happened to the funding Notts Police pledged - what % were they contributing?", "happened", false)] // a question, not a statement, heads it
    public void Stems_ActOfAStatementBeforeTheQuestion_IsContext(string question, string word, bool expected) =>
        Assert.Equal(expected, ContextClauses.Stems(question).Contains(TextTerms.Stem(word)));

    [Theory]
    [InlineData("how did the vote go on the devolution motion at the extraordinary council on 9 Jan?", "extraordinary", "vote")] // the meeting by its kind
    [InlineData("how did the vote go on the wardens amendment at budget council?", "budget", "wardens")]
    [InlineData("what was agreed on the transport plan at December's full council, and who proposed it?", "full", "transport")]
    [InlineData("How much did the Lib Dems' fly-tipping budget amendment ask for?", "lib", "fly")] // the party that put it
    [InlineData("who proposed and seconded the Greens & Independents CTRS budget amendment?", "independents", "ctrs")]
    [InlineData("what did Labour's alternative budget say about streetworks?", "labour", "streetworks")]
    [InlineData("LD highways amendment - how much for highway maintenance?", "ld", "highways")] // the short form people type
    [InlineData("how much is the Greens & Indies home to school transport feasibility study amendment asking for?", "indies", "feasibility")]
    [InlineData("Greens & Inds home to school transport amendment - how much did it ask for?", "inds", "transport")] // "Ind", the short form of Independent
    public void Stems_MeetingOrPartyThatPointsAtThePapers_IsContext(string question, string sceneWord, string subjectWord)
    {
        var context = ContextClauses.Stems(question);

        Assert.Contains(TextTerms.Stem(sceneWord), context);
        Assert.DoesNotContain(TextTerms.Stem(subjectWord), context);
    }

    [Fact]
    public void Stems_PartyAskedAbout_IsNotContext() =>
        Assert.Empty(ContextClauses.Stems("how many Labour councillors are there?"));

    [Theory]
    [InlineData("how much is the LD budget for respite care?")] // learning disability's budget, not a party's
    [InlineData("what share of the budget goes on labour costs in the new waste contract?")]
    public void Stems_PartyShortFormOrWordBeforeABudget_IsNotContext(string question) =>
        Assert.Empty(ContextClauses.Stems(question));

    [Fact]
    public void Stems_MeetingKindAlsoAskedAbout_IsNotContext() =>
        Assert.DoesNotContain(TextTerms.Stem("budget"), ContextClauses.Stems("what did the budget amendment propose at budget council?"));

    [Theory]
    [InlineData("who chaired the CYP scrutiny cttee on 13 Nov 2024? wasn't the usual chair off?")]
    [InlineData("who chaired the CYP scrutiny cttee on 13 Nov 2024? wasn't the usual chair off? I heard so")]
    [InlineData("who chaired the CYP scrutiny cttee on 13 Nov 2024? didn't the usual chair send apologies?")]
    public void Stems_NegativeQuestionAfterTheQuestion_IsContext(string question)
    {
        var context = ContextClauses.Stems(question);

        Assert.Contains(TextTerms.Stem("usual"), context);
        Assert.DoesNotContain(TextTerms.Stem("scrutiny"), context);
    }

    [Theory]
    [InlineData("what % of the partnership's funding comes from the police?")]
    [InlineData("who chaired the meeting? and who took the minutes?")]
    [InlineData("who chaired the meeting? was the usual chair off?")] // a second question, not a belief
    [InlineData("tell me about the police funding letter")]
    public void Stems_OnlyQuestions_NoContext(string question) =>
        Assert.Empty(ContextClauses.Stems(question));

    [Theory]
    [InlineData("After the July 2022 Ofsted judgement, how long did the council have to send its plan?", "judgement")]
    [InlineData("following the inspection, what did the council have to send?", "inspection")]
    [InlineData("once Ofsted publishes the ILACS report how long has the council got to send its plan?", "ilacs")]
    [InlineData("how long did the council have to send its plan after the 2022 inspection report came out?", "inspection")]
    [InlineData("When the committee wrote to the police, what did the council have to send?", "wrote")] // "when" opening an event, not asking
    [InlineData("When its inspection report came out, what did the council have to send?", "inspection")]
    [InlineData("After the independent scrutineer's annual report to the board on the partnership's safeguarding arrangements, what did the council send?", "scrutineer")] // a long event
    public void Stems_EventTheQuestionOpensOrEndsWith_IsContext(string question, string scene)
    {
        var context = ContextClauses.Stems(question);

        Assert.Contains(TextTerms.Stem(scene), context);
        Assert.DoesNotContain(TextTerms.Stem("send"), context);
    }

    [Theory]
    [InlineData("after school clubs: how many were funded?")] // no comma before the question
    [InlineData("what happened after the inspection, and who led it?")] // the question comes first
    [InlineData("when was the meeting, who chaired it?")] // "when" asking
    public void Stems_NoOpeningTimeClause_NoContext(string question) =>
        Assert.Empty(ContextClauses.Stems(question));

    [Fact]
    public void StemWeights_ContextWord_WeighsHalfWhatItWouldInTheQuestion()
    {
        var stats = new TermStatistics(new Dictionary<string, int> { ["funding"] = 50, ["police"] = 40, ["constable"] = 10 }, 1000);
        var asked = PassageRetriever.StemWeights(QueryAnalyzer.Analyze("what funding did the police and the constable give?", new CommitteeRecognizer([])), stats);
        var added = PassageRetriever.StemWeights(QueryAnalyzer.Analyze("what funding did the police give? we wrote to the constable", new CommitteeRecognizer([])), stats);

        var constable = TextTerms.Stem("constable");
        Assert.Equal(asked[constable] / 2, added[constable], 6);
        Assert.Equal(asked[TextTerms.Stem("police")], added[TextTerms.Stem("police")], 6);
    }

    [Theory]
    [InlineData("the recommendation tracker says the police contribution was only a small % of the funding - what % exactly?", "tracker")]
    [InlineData("according to the minutes, how much funding did the police give?", "minutes")]
    [InlineData("per the Kent commissioning plan 2025-29 report, how much funding did the police give?", "commissioning")]
    [InlineData("what share of the funding did the police put in, according to the rec tracker response?", "tracker")]
    [InlineData("police funding report - how much funding did the police give?", "report")]
    [InlineData("Jan 2024 funding update: how much funding did the police give?", "update")]
    [InlineData("partnership annual report 2020/21 – how much funding did the police give?", "partnership")]
    [InlineData("budget report 2024-25: how much funding did the police give?", "budget")]
    [InlineData("Per Jim McMahon's letter of 16 Dec 2024, how much funding did the police give?", "mcmahon")]
    [InlineData("how much funding did the police give to the partnership (decision 24/00109)?", "decision")]
    [InlineData("how much funding did the police give to the partnership (key decision ref: KD2024/05)?", "decision")]
    [InlineData("how much funding did the police give to the partnership (item 7)?", "item")]
    [InlineData("In the City CYP scrutiny rec tracker (Jan 2025 pack), how much funding did the police give?", "tracker")]
    [InlineData("how much funding did the committee's letter to the Chief Constable say the police give?", "constable")]
    [InlineData("how much funding did the police give, according to the cabinet report on the commissioning plan 2025-29?", "commissioning")]
    [InlineData("In the answers to members' questions at full council on 13 March, how much funding did the police give?", "answers")]
    [InlineData("how much funding did the police give, according to the letter the committee sent?", "sent")]
    [InlineData("how much funding did the police give, according to the letter we wrote?", "wrote")]
    [InlineData("on the rec tracker, how much funding did the police give?", "tracker")]
    public void Stems_PaperTheQuestionPointsAt_IsContext(string question, string pointer)
    {
        var context = ContextClauses.Stems(question);

        Assert.Contains(TextTerms.Stem(pointer), context);
        Assert.DoesNotContain(TextTerms.Stem("police"), context);
        Assert.DoesNotContain(TextTerms.Stem("funding"), context);
    }

    [Theory]
    [InlineData("whats on the CYP scrutiny work programme for the March 2025 meeting?")]
    [InlineData("who's the democratic services contact on the agenda for cabinet on 30 Jan 2025?")]
    public void Stems_WhatIsOnAPaper_IsNoPointer(string question) =>
        Assert.Empty(ContextClauses.Stems(question));

    [Theory]
    [InlineData("in the letter we sent to the chief constable about funding, what % were the police contributing?")]
    [InlineData("In the cttee's letter to the chief constable about funding, what % were the police contributing?")]
    public void Stems_PaperTheQuestionOpensWithAndDescribes_IsContext(string question)
    {
        var context = ContextClauses.Stems(question);

        Assert.Contains(TextTerms.Stem("letter"), context);
        Assert.Contains(TextTerms.Stem("constable"), context);
        Assert.DoesNotContain(TextTerms.Stem("police"), context);
        Assert.DoesNotContain(TextTerms.Stem("contributing"), context);
    }

    [Theory]
    [InlineData("in the letter what % were the police contributing?")] // no clause describing the paper
    [InlineData("in the letter we sent, the police were asked why; what % were they contributing?")] // too short to describe it
    public void Stems_PaperNamedWithoutADescribingClause_NoContextBeyondThePointer(string question) =>
        Assert.DoesNotContain(TextTerms.Stem("police"), ContextClauses.Stems(question));

    [Fact]
    public void Stems_PaperOpeningAStatementNotAQuestion_IsNotContext() =>
        Assert.DoesNotContain(
            TextTerms.Stem("constable"),
            ContextClauses.Stems("in the letter to the chief constable about funding, the police were asked why; what % were they contributing?"));

    [Theory]
    [InlineData("family hubs - how many people responded?")] // a topic, not a paper, heads the question
    [InlineData("what happened with the budget report - was it agreed?")] // the question comes first
    public void Stems_HeadingThatIsNoPaper_NoContext(string question) =>
        Assert.Empty(ContextClauses.Stems(question));

    [Fact]
    public void Stems_PaperAskedAbout_IsNotContext() =>
        Assert.Empty(ContextClauses.Stems("when was the safeguarding annual report published?"));

    [Fact]
    public void Stems_PossessiveThatIsNoName_IsNotAPointer() =>
        Assert.Empty(ContextClauses.Stems("how much did the police give in each year's funding report?"));

    [Fact]
    public void Stems_DecisionAskedAboutByItsNumber_IsNotContext() =>
        Assert.Empty(ContextClauses.Stems("what was the outcome when cabinet reconsidered decision 24/00093 on 4 March?"));

    [Fact]
    public void WithoutPointers_TrackerPointer_LeavesTheQuestionAsked() =>
        Assert.Equal(
            QuestionIntent.None,
            IntentDetector.Detect(ContextClauses.WithoutPointers("the recommendation tracker says the police contribution was small")) & QuestionIntent.Recommendations);
}
