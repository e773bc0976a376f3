using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval.QueryUnderstanding;

public sealed class NamedResponderTests
{
    [Theory]
    [InlineData("has Notts Police replied to the committee's letter?", "Notts Police")]
    [InlineData("do you know if Nottinghamshire Police have responded to the letter?", "Nottinghamshire Police")]
    [InlineData("did NHS England ever respond to our concerns?", "NHS England")]
    [InlineData("Has Nottinghamshire Police replied to the cttee's letter?", "Nottinghamshire Police")]
    [InlineData("what did Ministers reply to the letter from Mr Watkins?", "Ministers")]
    [InlineData("has the Cabinet responded to the recommendations?", null)]
    [InlineData("did the Cabinet Member reply about the bus review?", null)]
    [InlineData("did the council respond to the rec about fines?", null)]
    [InlineData("what is the latest on the school places formula?", null)]
    public void Of_ReadsTheOutsideBodyAskedToHaveReplied(string question, string? expected) =>
        Assert.Equal(expected, NamedResponder.Of(question));

    [Theory]
    [InlineData("Notts Police", "Nottinghamshire Police wrote back on 9 January.", true)]
    [InlineData("Notts Police", "Letter sent to the Chief Constable; response requested.", false)]
    [InlineData("NHS England", "NHS England replied in March.", true)]
    [InlineData("Nottinghamshire Police", "Young people in Nottingham City: Police partners attended.", false)]
    [InlineData("Nottinghamshire Police", "Nottinghamshire Police wrote back on 9 January.", true)]
    public void IsNamedIn_NeedsEveryWordOfTheName(string body, string text, bool expected) =>
        Assert.Equal(expected, NamedResponder.IsNamedIn(body, text));
}
