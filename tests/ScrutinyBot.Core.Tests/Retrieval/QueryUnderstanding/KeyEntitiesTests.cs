using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval.QueryUnderstanding;

public sealed class KeyEntitiesTests
{
    [Fact]
    public void Of_YearsAndProperNames_AreKeyEntities()
    {
        var analysis = QueryAnalyzer.Analyze("can you tell me how many children were in care in Nottingham in March 2021?", new CommitteeRecognizer([]));

        var sut = KeyEntities.Of(analysis);

        Assert.Equal(["2021", "nottingham"], sut);
    }

    [Fact]
    public void Of_CommitteeNamedAndFirstWord_AreNotKeyEntities()
    {
        var analysis = QueryAnalyzer.Analyze("What did Cabinet decide about devolution?", new CommitteeRecognizer(["Cabinet", "County Council"]));

        var sut = KeyEntities.Of(analysis);

        Assert.Empty(sut);
    }

    [Fact]
    public void Of_PlaceThatBeginsLikeAMonth_IsAKeyEntityButTheMonthIsNot()
    {
        var analysis = QueryAnalyzer.Analyze("how many new homes were approved in Margate in March?", new CommitteeRecognizer([]));

        var sut = KeyEntities.Of(analysis);

        Assert.Contains("margate", sut);
        Assert.DoesNotContain("march", sut);
    }

    [Fact]
    public void Of_FirstWordOfALaterSentence_IsNotAKeyEntity()
    {
        var analysis = QueryAnalyzer.Analyze("what savings are proposed for children's services? Prepping for the budget item in Nottingham", new CommitteeRecognizer([]));

        Assert.Equal(["nottingham"], KeyEntities.Of(analysis));
    }

    [Fact]
    public void Of_PartyOwningAnAmendment_IsNotAKeyEntity()
    {
        var analysis = QueryAnalyzer.Analyze("how much is the Greens & Indies home to school transport amendment asking for from Kent?", new CommitteeRecognizer([]));

        Assert.Equal(["kent"], KeyEntities.Of(analysis));
    }

    [Theory]
    [InlineData("how many KPIs were red in the Q4 2024/25 QPR?")]
    [InlineData("what was the final outturn overspend for 2023/24 (quarter 4)?")]
    [InlineData("how many KPIs were red in the fourth quarter of 2024/25?")]
    public void Of_AQuarter_IsAKeyEntity(string question)
    {
        var analysis = QueryAnalyzer.Analyze(question, new CommitteeRecognizer([]));

        Assert.Contains("q4", KeyEntities.Of(analysis));
    }

    [Theory]
    [InlineData("Quarterly Performance Report, Quarter 3, 2024/25, presented to Cabinet on 4 March", false)]
    [InlineData("Performance at Q4 2024/25 showed nine KPIs rated red", true)]
    [InlineData("In the fourth quarter nine KPIs were rated red", true)]
    [InlineData("Quarter 4 results will be reported in June", true)]
    public void IsNamedIn_AQuarter_NeedsThatQuarterWrittenOut(string text, bool expected) =>
        Assert.Equal(expected, KeyEntities.IsNamedIn(text, ScrutinyBot.Core.Retrieval.CoverageCalculator.IndexedStems(text), "q4"));
}
