using ScrutinyBot.Core.Answering.Extractive;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

public sealed class BodyNamesTests
{
    [Theory]
    [InlineData("Which academy trust was appointed to run the new school?", "trust")]
    [InlineData("any idea what NHS foundation runs the clinic?", "foundation")]
    [InlineData("which hospital had the longest waits?", "hospital")]
    public void AskedKind_WhichBody_IsTheKind(string question, string kind) =>
        Assert.Equal(kind, BodyNames.AskedKind(question));

    [Theory]
    [InlineData("which council is doing sector led improvement work with us?")]
    [InlineData("what trust funding is left this year?")]
    [InlineData("who chairs the partnership?")]
    public void AskedKind_NotAskingForABodysName_IsNull(string question) =>
        Assert.Null(BodyNames.AskedKind(question));

    [Theory]
    [InlineData("Diverse Academies Trust has been appointed to run the school.", true)]
    [InlineData("The school will be run by the Flying High Trust from September.", true)]
    [InlineData("An academy trust has recently been appointed to run the school.", false)]
    [InlineData("The Trust will open the school in 2026.", false)]
    public void IsNamedIn_TrustWrittenByName(string text, bool named) =>
        Assert.Equal(named, BodyNames.IsNamedIn(text, "trust"));
}
