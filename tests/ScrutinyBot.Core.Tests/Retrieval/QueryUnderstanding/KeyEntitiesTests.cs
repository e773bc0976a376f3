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
}
