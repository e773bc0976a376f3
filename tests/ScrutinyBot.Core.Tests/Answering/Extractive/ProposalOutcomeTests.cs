using ScrutinyBot.Core.Answering.Extractive;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Tests.Retrieval;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

public sealed class ProposalOutcomeTests
{
    private static List<AnswerUnit> Units(params string[] texts)
    {
        var passage = new ScoredPassage(new SearchHit(1, FakeSearchIndex.Chunk(string.Join("\n", texts)), 1), 1, 1);
        return [.. texts.Select((t, i) => new AnswerUnit(passage, i, t, 1, new HashSet<string>(), true))];
    }

    [Fact]
    public void After_ProposalThenFormLabelsThenVote_FindsTheOutcome()
    {
        var units = Units(
            "(17) Mr Streatfeild proposed, and Mr Hook seconded the following amendment:",
            "Proposed Purpose: - “This amendment seeks to reduce the capital allocated to the Strategic Estate Programme.”",
            "(18) Following the debate, the Chairman put to the vote the amendment set out in paragraph 17 above and the voting was as follows: - For (8) - Against (40) - Abstain (10)",
            "Amendment lost.",
            "(19) Mr Passmore proposed, and Mr Chittenden seconded the following amendment:");

        var sut = ProposalOutcome.After(units, [units[0], units[1]], 600);

        Assert.Equal(["(18) Following the debate, the Chairman put to the vote the amendment set out in paragraph 17 above and the voting was as follows: - For (8) - Against (40) - Abstain (10)", "Amendment lost."], sut.Select(u => u.Text));
    }

    [Fact]
    public void After_OptionsSetOutAfterTheChosenSentenceThenOneAgreed_QuotesThatOptionAndTheOutcome()
    {
        var units = Units(
            "1.7 The Decision was discussed at Scrutiny Committee on 29 January 2025.",
            "The options for the Scrutiny Committee were:",
            "a) make no comments",
            "b) require implementation of the decision to be postponed pending reconsideration by the decision-maker; or",
            "d) require implementation of the decision to be postponed pending review by the full Council",
            "1.7 Option d) was agreed.",
            "2. Background");

        var sut = ProposalOutcome.After(units, [units[0]], 600);

        Assert.Equal(["d) require implementation of the decision to be postponed pending review by the full Council", "1.7 Option d) was agreed."], sut.Select(u => u.Text));
    }

    [Fact]
    public void After_OnlyTheAmendmentsWordingChosen_FindsTheOutcomeOfTheProposalItBelongsTo()
    {
        var units = Units(
            "(17) Mr Streatfeild proposed, and Mr Hook seconded the following amendment:",
            "Proposed Purpose: - “This amendment seeks to reduce the capital allocated to the Strategic Estate Programme.”",
            "(18) Following the debate, the Chairman put to the vote the amendment set out in paragraph 17 above and the voting was as follows: - For (8) - Against (40) - Abstain (10)",
            "Amendment lost.");

        var sut = ProposalOutcome.After(units, [units[1]], 600);

        Assert.Equal("Amendment lost.", sut[^1].Text);
    }

    [Fact]
    public void After_MovedAndSecondedThenCarried_FindsTheOutcome()
    {
        var units = Units(
            "It was moved by Councillor Ahmed and seconded by Councillor Brown that the scheme be paused.",
            "Members debated the cost of the scheme at length.",
            "On being put to the vote the motion was carried.");

        var sut = ProposalOutcome.After(units, [units[0]], 600);

        Assert.Equal("On being put to the vote the motion was carried.", Assert.Single(sut).Text);
    }

    [Fact]
    public void After_AnotherProposalBeforeAnyOutcome_FindsNothing()
    {
        var units = Units(
            "Mr Hood proposed and Mr Baldock seconded the following amendment:",
            "Mrs Bell proposed and Mr Cole seconded the following motion:",
            "Motion carried.");

        Assert.Empty(ProposalOutcome.After(units, [units[0]], 600));
    }

    [Theory]
    [InlineData("how did the vote go on the devolution motion?", true)]
    [InlineData("did full council actually agree to give the scrutiny chair to the opposition?", true)]
    [InlineData("did cabinet approve the bus strategy?", true)]
    [InlineData("what did cabinet say about the bus strategy?", false)]
    public void AsksAboutAVote_AMotionOrWhetherABodyDecided_IsTrue(string question, bool expected) =>
        Assert.Equal(expected, ProposalOutcome.AsksAboutAVote(question));
}
