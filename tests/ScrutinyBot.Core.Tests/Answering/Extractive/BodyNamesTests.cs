using ScrutinyBot.Core.Answering.Extractive;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

public sealed class BodyNamesTests
{
    [Theory]
    [InlineData("Which academy trust was appointed to run the new school?", "trust")]
    [InlineData("any idea what NHS foundation runs the clinic?", "foundation")]
    [InlineData("which hospital had the longest waits?", "hospital")]
    [InlineData("Which special schools are getting the 440 extra SEND places?", "school")]
    [InlineData("which academies are converting this year?", "academy")] // a kind asked in the plural is the kind
    [InlineData("Which trusts run the academies in the town?", "trust")]
    public void AskedKind_WhichBody_IsTheKind(string question, string kind) =>
        Assert.Equal(kind, BodyNames.AskedKind(question));

    [Theory]
    [InlineData("which council is doing sector led improvement work with us?")]
    [InlineData("what trust funding is left this year?")]
    [InlineData("who chairs the partnership?")]
    [InlineData("Which free school bids got approved in wave 14?")] // asks for bids
    [InlineData("What was the partnership board asked to do with the report?")] // "what" is the verb's object
    [InlineData("what did the academy trust CEOs say about exclusions?")]
    public void AskedKind_NotAskingForABodysName_IsNull(string question) =>
        Assert.Null(BodyNames.AskedKind(question));

    [Theory]
    [InlineData("Diverse Academies Trust has been appointed to run the school.", true)]
    [InlineData("The school will be run by the Flying High Trust from September.", true)]
    [InlineData("An academy trust has recently been appointed to run the school.", false)]
    [InlineData("The Trust will open the school in 2026.", false)]
    public void IsNamedIn_TrustWrittenByName(string text, bool named) =>
        Assert.Equal(named, BodyNames.IsNamedIn(text, "trust"));

    [Theory]
    [InlineData("Places will be added at Foxwood Academy and Bower Grove School.", true)]
    [InlineData("Further provision will be informed by the Sufficiency Plan and the Special School Review.", false)] // names a review
    public void IsNamedIn_SchoolWrittenByName(string text, bool named) =>
        Assert.Equal(named, BodyNames.IsNamedIn(text, "school"));
}
