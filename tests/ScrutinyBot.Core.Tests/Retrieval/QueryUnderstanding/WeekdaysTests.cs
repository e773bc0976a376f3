using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval.QueryUnderstanding;

public sealed class WeekdaysTests
{
    private static readonly CommitteeRecognizer Committees = new(["Cabinet"]);

    [Theory]
    [InlineData("what time does Cabinet start on Thurs 13th March?", "thur")]
    [InlineData("what time does Cabinet start on Thursday 13 March?", "thursday")]
    [InlineData("is the panel on Weds 4 June?", "wed")]
    public void Analyze_DayOfTheWeekInADate_IsNeitherTopicNorKeyEntity(string question, string stemPrefix)
    {
        var sut = QueryAnalyzer.Analyze(question, Committees);

        Assert.DoesNotContain(sut.ContentStems, s => s.StartsWith(stemPrefix, StringComparison.Ordinal));
        Assert.DoesNotContain(KeyEntities.Of(sut), e => e.StartsWith(stemPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_ShortFormThatIsAlsoAWord_StaysWhenNoDayFollows() =>
        Assert.Contains(TextTerms.Stem("sat"), QueryAnalyzer.Analyze("which councillors sat on the fostering panel?", Committees).ContentStems);
}
