using ScrutinyBot.Core.Retrieval.Facts;

namespace ScrutinyBot.Core.Tests.Retrieval.Facts;

public sealed class CommitteeMatcherTests
{
    private const string Cyp = "Children and Young People Scrutiny Committee";
    private const string Caf = "Children and Families Select Committee";

    [Theory]
    [InlineData("CYP")]
    [InlineData("cyp")]
    [InlineData("CYP scrutiny")]
    [InlineData("children and young people")]
    [InlineData("Children & Young People's committee")]
    [InlineData("young people")]
    [InlineData("children and young people scrutiny committee")]
    [InlineData("child")]
    public void Matches_NameForCypCommittee_True(string query)
    {
        Assert.True(CommitteeMatcher.Matches(Cyp, query));
    }

    [Theory]
    [InlineData("C&F")]
    [InlineData("c & f")]
    [InlineData("CF")]
    [InlineData("families")]
    public void Matches_NameForFamiliesCommittee_MatchesOnlyThatCommittee(string query)
    {
        Assert.True(CommitteeMatcher.Matches(Caf, query));
        Assert.False(CommitteeMatcher.Matches(Cyp, query));
    }

    [Theory]
    [InlineData("health")]
    [InlineData("adult social care")]
    [InlineData("ASC")]
    public void Matches_OtherCommittee_False(string query)
    {
        Assert.False(CommitteeMatcher.Matches(Cyp, query));
    }

    [Fact]
    public void Matches_NoQuery_MatchesEverythingIncludingUnknownCommittee()
    {
        Assert.True(CommitteeMatcher.Matches(null, null));
        Assert.True(CommitteeMatcher.Matches(Cyp, "  "));
    }

    [Fact]
    public void Matches_QueryButNoCommittee_False()
    {
        Assert.False(CommitteeMatcher.Matches(null, "CYP"));
    }

    [Fact]
    public void Matches_OverviewAndScrutinyAbbreviation_UsesAllInitials()
    {
        Assert.True(CommitteeMatcher.Matches("Overview and Scrutiny Committee", "O&S"));
    }

    [Fact]
    public void MatchesAny_EmptyList_True_AndAnyMatchingName_True()
    {
        Assert.True(CommitteeMatcher.MatchesAny(Cyp, []));
        Assert.True(CommitteeMatcher.MatchesAny(Cyp, ["health", "CYP"]));
        Assert.False(CommitteeMatcher.MatchesAny(Cyp, ["health"]));
    }
}
