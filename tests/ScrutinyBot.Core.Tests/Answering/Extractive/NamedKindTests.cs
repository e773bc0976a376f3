using ScrutinyBot.Core.Answering.Extractive;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

public sealed class NamedKindTests
{
    [Theory]
    [InlineData("which model of the determinants of health has KCC adopted for the ICS delivery plan?", "model")]
    [InlineData("what framework is the council using for the review?", "framework")]
    [InlineData("Which scheme has replaced the old one?", "scheme")]
    [InlineData("what time does cabinet start?", null)] // a time, not a name
    [InlineData("what is the budget for libraries?", null)]
    [InlineData("which sets of minutes are up for approval?", null)]
    [InlineData("who chairs the committee?", null)]
    public void Asked_WhichOrWhatBeforeANoun_GivesTheNoun(string question, string? expected) =>
        Assert.Equal(expected, NamedKind.Asked(question));

    [Theory]
    [InlineData("These are well captured within the Robert Wood Johnson model which has been widely adopted.", "model", true)]
    [InlineData("Staff move to the Kent Pay Scheme in April.", "scheme", true)]
    [InlineData("The model has been widely adopted in the local system.", "model", false)] // no name before it
    [InlineData("This model suits the county.", "model", false)]
    [InlineData("A new delivery model has been adopted.", "model", false)] // lower-case words name nothing
    public void IsNamedIn_CapitalisedWordsBeforeTheNoun(string sentence, string kind, bool expected) =>
        Assert.Equal(expected, NamedKind.IsNamedIn(sentence, kind));
}
