using ScrutinyBot.Core.Answering.Extractive;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

public sealed class UnitShapeTests
{
    [Theory]
    [InlineData("He welcomed an increase to the Social Care Grant.", true)]
    [InlineData("She said the service had recruited twelve social workers.", true)]
    [InlineData("However, pressures remained.", true)]
    [InlineData("Helen Smith presented the report.", false)]
    [InlineData("Shepway's figures were noted.", false)]
    public void LeansOnPrevious_SentenceOpening_TellsAContinuation(string sentence, bool expected) =>
        Assert.Equal(expected, UnitShape.LeansOnPrevious(sentence));
}
