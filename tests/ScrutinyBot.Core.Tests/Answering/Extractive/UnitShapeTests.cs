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

    [Theory]
    [InlineData("Kent & Medway Armed Forces Covenant Conference ........................... 14", true)]
    [InlineData("National Armed Forces Covenant Conference 2024 . . . . . . . . 10", true)]
    [InlineData("Looking to 2025 ....", false)]
    [InlineData("The conference will be held on 17 June 2025 at the Maidstone campus.", false)]
    [InlineData("Income of £1.2m... was received.", false)]
    public void IsContentsLine_Line_TellsATableOfContentsEntry(string line, bool expected) =>
        Assert.Equal(expected, UnitShape.IsContentsLine(line));
}
