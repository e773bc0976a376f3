using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval.QueryUnderstanding;

public sealed class PostPrefixTests
{
    [Theory]
    [InlineData("When did Nottingham City submit its post-ILACS action plan to Ofsted?", "When did Nottingham City submit its ILACS action plan to Ofsted?")]
    [InlineData("what happened post-inspection?", "what happened inspection?")]
    [InlineData("how many care leavers are in post-16 education?", "how many care leavers are in post-16 education?")] // an age stays
    [InlineData("want to book a room for a pre-brief", "want to book a room for a pre-brief")] // a noun of its own
    public void Without_PostJoinedToAName_LeavesTheName(string question, string expected) =>
        Assert.Equal(expected, PostPrefix.Without(question));

    [Fact]
    public void Analyze_PostIlacs_IsNoKeyWord()
    {
        var analysis = QueryAnalyzer.Analyze("When did Nottingham City submit its post-ILACS action plan to Ofsted?", new CommitteeRecognizer([]));

        Assert.DoesNotContain("post", analysis.ContentStems);
        Assert.Contains(TextTerms.Stem("ilacs"), analysis.ContentStems);
    }
}
