using ScrutinyBot.Core.Answering.Extractive;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

public class DoneYetTests
{
    [Theory]
    [InlineData("has the refreshed local offer actually been published yet?", "published")] // the passive's verb, not an adjective before it
    [InlineData("has the panel received the figures they requested from the police yet?", "received")]
    [InlineData("has it signed off the terms of reference changes yet?", "signed")]
    [InlineData("did full council actually agree in march to give the chair to the opposition?", "agreed")]
    [InlineData("what did the panel ask for?", null)]
    public void Asked_IsThePastOfWhatTheQuestionAsksWasDone(string question, string? expected) =>
        Assert.Equal(expected, DoneYet.Asked(question));

    [Theory]
    [InlineData("The strategy would be published shortly.", true)] // still to come: not done yet
    [InlineData("The strategy is due to be published in March.", true)]
    [InlineData("The strategy was published in March.", true)]
    [InlineData("If published, the strategy would reach every school.", false)]
    [InlineData("The strategy is to be consulted on.", false)]
    public void IsToldIn_DoneOrStillToCome(string text, bool expected) =>
        Assert.Equal(expected, DoneYet.IsToldIn(text, "published"));
}
