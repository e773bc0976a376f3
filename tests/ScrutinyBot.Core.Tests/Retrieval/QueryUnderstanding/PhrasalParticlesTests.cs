using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval.QueryUnderstanding;

public sealed class PhrasalParticlesTests
{
    [Theory]
    [InlineData("what was resolved about sending round an early years report?", "round")]
    [InlineData("when was the new policy signed off?", "off")]
    [InlineData("was the report sent round to members?", "round")]
    [InlineData("how is the support handed down to schools?", "down")]
    public void Analyze_ParticleAfterAVerb_IsNotAKeyWord(string question, string particle)
    {
        var analysis = QueryAnalyzer.Analyze(question, new CommitteeRecognizer([]));

        Assert.DoesNotContain(TextTerms.Stem(particle), analysis.ContentStems);
        Assert.DoesNotContain(particle, analysis.SearchTerms);
    }

    [Theory]
    [InlineData("what did the second round of consultation find?", "round")]
    [InlineData("how many children were placed round about the county?", "county")]
    [InlineData("what did the round table on housing decide?", "round")]
    [InlineData("how many were counted in the final round of the survey?", "round")]
    public void Analyze_TheSameWordNotAfterAVerb_StaysAKeyWord(string question, string word)
    {
        var analysis = QueryAnalyzer.Analyze(question, new CommitteeRecognizer([]));

        Assert.Contains(word, analysis.SearchTerms);
    }
}
