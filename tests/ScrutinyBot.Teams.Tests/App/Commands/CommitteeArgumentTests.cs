using ScrutinyBot.Teams.App.Commands;

namespace ScrutinyBot.Teams.Tests.App.Commands;

public sealed class CommitteeArgumentTests
{
    [Theory]
    [InlineData("CYP", "CYP")]
    [InlineData("for the CYP committee?", "CYP committee")]
    [InlineData("recommendations for planning", "planning")]
    [InlineData("  ", null)]
    [InlineData(null, null)]
    [InlineData("recommendations?", null)]
    public void Normalise_Text_StripsFillerWords(string? text, string? expected)
    {
        Assert.Equal(expected, CommitteeArgument.Normalise(text));
    }
}
