using ScrutinyBot.Core.Answering.Extractive;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

public sealed class PlaceAnswersTests
{
    [Theory]
    [InlineData("any idea where the new free school is going to be built?", true)]
    [InlineData("where's the new SEND school going to be?", true)]
    [InlineData("if the hub closes, where would those sessions be run instead?", true)]
    [InlineData("where will the new special school be?", true)] // "will … be" around what is asked
    [InlineData("where is the new depot going to be?", true)]
    [InlineData("where will the funding for the new school be found?", false)]
    [InlineData("where was the extra £5.6m for highways going to be found?", false)]
    [InlineData("where was the money for the amendment going to come from?", false)]
    [InlineData("where are we on foster carers against target?", false)]
    [InlineData("what did the committee decide about the free school?", false)]
    public void AreAsked_WhereSomethingIsOrWillBe(string question, bool expected) =>
        Assert.Equal(expected, PlaceAnswers.AreAsked(question));

    [Theory]
    [InlineData("The new school will be built in Mansfield.", true)]
    [InlineData("Sessions will move to the Gateway at the Sheppey Library.", true)]
    [InlineData("The meeting is in the Council Chamber, Sessions House.", true)]
    [InlineData("The facility will sit on the former depot site.", true)]
    [InlineData("The DfE has approved plans for a new Free School, but this will take time to build.", false)]
    [InlineData("The report was considered in March 2025.", false)]
    public void AreNamedIn_APlace(string text, bool expected) =>
        Assert.Equal(expected, PlaceAnswers.AreNamedIn(text));

    [Fact]
    public void Holds_WhereAThingWillBeBuilt_NeedsASentenceSayingWhere()
    {
        var analysis = QueryAnalyzer.Analyze("where is the new free school going to be built?", new CommitteeRecognizer([]));
        var weights = new Dictionary<string, double> { ["free"] = 3.7, ["school"] = 1.8, ["new"] = 2.2, ["build"] = 5.3 };

        Assert.False(AnswerTypeCheck.Holds(analysis, [AnswerTypeCheckTests.UnitOf("The DfE has approved plans for a new free school, but it will take time to build.", council: null)], weights, new HashSet<string>()));
        Assert.True(AnswerTypeCheck.Holds(analysis, [AnswerTypeCheckTests.UnitOf("The new free school will be built in Bulwell, on the former depot site.", council: null)], weights, new HashSet<string>()));
    }
}
