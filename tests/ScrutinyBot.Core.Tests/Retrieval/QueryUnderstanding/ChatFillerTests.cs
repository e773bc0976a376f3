using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval.QueryUnderstanding;

public sealed class ChatFillerTests
{
    [Theory]
    [InlineData("can you tell me who chaired the last meeting?", "who chaired the last meeting?")]
    [InlineData("quick one - when is the next scrutiny meeting?", "when is the next scrutiny meeting?")]
    [InlineData("remind me what we agreed on school places", "what we agreed on school places")]
    [InlineData("any idea how many foster carers there are?", "how many foster carers there are?")]
    [InlineData("what's the name of the independent scrutineer?", "who is independent scrutineer?")]
    [InlineData("whats the name of the independent scrutineer?", "who is independent scrutineer?")]
    [InlineData("whats the name of the new unitary council?", "what is new unitary council?")] // a thing, not a person
    [InlineData("what is the name of the officer leading the review?", "who is leading the review?")]
    [InlineData("Hi, could you please tell me when the budget was set, thanks", "when the budget was set")]
    [InlineData("how many children is KCC monitoring right now?", "how many children is KCC monitoring ?")]
    [InlineData("what's the deficit at the moment", "what's the deficit")]
    [InlineData("how many agency social workers are left in Fieldwork?", "how many agency social workers are in Fieldwork?")]
    [InlineData("how many staff are still left on the team?", "how many staff are still on the team?")]
    [InlineData("who has left the authority?", "who has left the authority?")]
    [InlineData("which schools were left out of the plan?", "which schools were left out of the plan?")]
    [InlineData("Can you remind me of the name of the adviser who chairs the board?", "who is adviser who chairs the board?")]
    [InlineData("any word yet on what grade Ofsted gave?", "what grade Ofsted gave?")]
    [InlineData("total number of EHCPs the council maintains - got a figure?", "total number of EHCPs the council maintains")]
    [InlineData("how much has agency use come down? do we have numbers", "how much has agency use come down")]
    [InlineData("do we have numbers on exclusions by school?", "do we have numbers on exclusions by school?")]
    public void Strip_ChatPhrasesAnywhere_LeavesTheQuestion(string question, string expected)
    {
        var sut = ChatFiller.Strip(question);

        Assert.Equal(expected, sut);
    }

    [Fact]
    public void Strip_NoFiller_KeepsTheQuestion()
    {
        var sut = ChatFiller.Strip("what time did the morning session start?");

        Assert.Equal("what time did the morning session start?", sut);
    }
}
