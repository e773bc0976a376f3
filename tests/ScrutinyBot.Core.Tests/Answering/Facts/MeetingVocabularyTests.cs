using ScrutinyBot.Core.Answering.Facts;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Answering.Facts;

public sealed class MeetingVocabularyTests
{
    private static readonly CommitteeRecognizer Committees = new(["County Council", "Children and Young People Scrutiny Committee"]);

    [Theory]
    [InlineData("date, time and venue for the March 2022 CYP scrutiny meeting pls")]
    [InlineData("quick one: what time is the 13 March full council meant to wrap up?")]
    [InlineData("the extraordinary full council on 9 Jan - what time was it scheduled to end?")]
    [InlineData("what time's the extra full council on 13/3?")]
    [InlineData("where is the special full council being held?")]
    [InlineData("quick one - what time does the city CYP scrutiny cttee start on 15 Jan 2025 and where is it?")]
    [InlineData("who chaired the county council mtg on 13 March?")]
    [InlineData("who chaired the Nottingham CYP scrutiny on 13 Nov 2024?")]
    [InlineData("whos chairing the Notts Children and Young People Scrutiny Committee on 15 Jan 2025?")]
    [InlineData("what time does CYP scrutiny kick off on 15 Jan 2025, and which building is it in?")]
    public void Residual_QuestionAboutTheMeetingItself_LeavesNoTopicWord(string question) =>
        Assert.Empty(MeetingVocabulary.Residual(QueryAnalyzer.Analyze(question, Committees)));

    [Fact]
    public void Residual_QuestionAboutSomethingDiscussed_KeepsTheTopic() =>
        Assert.Contains("budget", MeetingVocabulary.Residual(QueryAnalyzer.Analyze("what did full council say about the budget on 13 March?", Committees)));

    [Fact]
    public void Residual_WordThePapersNeverUse_IsNotATopic()
    {
        var analysis = QueryAnalyzer.Analyze("what's pencilled in for the CYP scrutiny meeting in March?", Committees);

        Assert.Contains("pencil", string.Join(" ", MeetingVocabulary.Residual(analysis)));
        Assert.Empty(MeetingVocabulary.Residual(analysis with { PhrasingStems = analysis.ContentStems.Where(s => s.StartsWith("pencil", StringComparison.Ordinal)).ToHashSet() }));
    }

    [Fact]
    public void Residual_PlaceNamedAfterTheCommittee_IsATopic() =>
        Assert.Contains("nottingham", MeetingVocabulary.Residual(QueryAnalyzer.Analyze("who chaired the CYP scrutiny on 13 Nov 2024 about Nottingham?", Committees)));
}
