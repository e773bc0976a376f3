using ScrutinyBot.Core.Answering.Extractive;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

public sealed class RoleHolderTests
{
    [Theory]
    [InlineData("Who is KCC's treasury management adviser?", true)]
    [InlineData("who are the council's external auditors?", true)]
    [InlineData("who is the independent chair of the partnership?", true)]
    [InlineData("who is currently chairing the committee?", false)] // a verb, not a role's noun
    [InlineData("who proposed the amendment?", false)]
    public void Asked_WhoHoldsARole_IsTrueOnlyForARolesNoun(string question, bool asked) =>
        Assert.Equal(asked, new RoleHolder(question).Asked);

    [Theory]
    [InlineData("The Council currently employs Link Group as treasury management advisers, and others as contractors.", true)]
    [InlineData("Forecasts come from Link Group, the Council's appointed treasury advisors.", true)]
    [InlineData("Treasury adviser: Arlingclose Ltd", true)]
    [InlineData("The Council secures external specialist treasury advice.", false)] // no one named
    [InlineData("The Council's advisers will report in March.", false)] // "The Council" is the owner, not a holder
    [InlineData("Link Group presented the outturn report to members.", false)] // named, but not as the adviser
    public void IsNamedIn_NameBesideTheRolesNoun_Counts(string text, bool named) =>
        Assert.Equal(named, new RoleHolder("Who is KCC's treasury management adviser?").IsNamedIn(text));

    [Theory]
    [InlineData("Modifications to be made to the draft KMWLP as submitted to the Planning Inspectorate by KCC.", false)] // "as" starts a clause
    [InlineData("Following the Examination, the Inspector required a number of Main Modifications.", false)] // the question's own word
    [InlineData("Report to Kent County Council by Joanne Burston, the Planning Inspector appointed by the Secretary of State.", true)]
    [InlineData("Joanne Burston was appointed as the Planning Inspector.", true)]
    public void IsNamedIn_ClauseOrTheQuestionsOwnWord_IsNoHolder(string text, bool named) =>
        Assert.Equal(named, new RoleHolder("who was the planning inspector on the KMWLP examination?").IsNamedIn(text));

    [Fact]
    public void IsNamedIn_NoRoleAsked_IsFalse() =>
        Assert.False(new RoleHolder("who proposed the amendment?").IsNamedIn("Link Group, the Council's appointed treasury advisors."));
}
