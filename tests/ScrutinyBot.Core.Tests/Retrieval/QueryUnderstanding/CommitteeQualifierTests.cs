using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval.QueryUnderstanding;

public sealed class CommitteeQualifierTests
{
    private const string Committee = "Children and Families Select Committee";

    [Theory]
    [InlineData("who's chairman of the Nottinghamshire Children & Families select committee?", "nottinghamshire")]
    [InlineData("when does the Kent C&F committee meet?", "kent")]
    public void Stem_CapitalisedWordBeforeTheCommitteeName_IsTheCouncil(string question, string council) =>
        Assert.Equal(TextTerms.Stem(council), CommitteeQualifier.Stem(question, Committee));

    [Theory]
    [InlineData("who's chairman of the Children & Families select committee?")] // nothing before it
    [InlineData("who's chairman of the new children & families select committee?")] // not a proper name
    [InlineData("Children and Families select committee: who chairs it?")] // the name opens the question
    public void Stem_NoProperNameBeforeTheCommittee_Null(string question) =>
        Assert.Null(CommitteeQualifier.Stem(question, Committee));

    [Fact]
    public void Stem_NoCommittee_Null() =>
        Assert.Null(CommitteeQualifier.Stem("who's chairman of the Nottinghamshire select committee?", null));

    [Fact]
    public void Analyze_CouncilBeforeTheCommittee_IsContext()
    {
        var analysis = QueryAnalyzer.Analyze("who's chairman of the Nottinghamshire Children & Families select committee?", new CommitteeRecognizer([Committee]));

        Assert.Contains(TextTerms.Stem("nottinghamshire"), analysis.ContextStems);
    }
}
