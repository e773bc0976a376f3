using ScrutinyBot.Core.Extraction.Blocks;

namespace ScrutinyBot.Core.Tests.Extraction.Blocks;

/// <summary>Which single lines read as headings.</summary>
public sealed class BlockHeadingTests
{
    [Theory]
    [InlineData("________________________                    __________________")] // the signature lines under minutes
    [InlineData("* * *")]
    [InlineData("—")]
    public void LooksLikeHeading_ALineWithNoLetter_IsNoHeading(string text) =>
        Assert.False(BlockReader.LooksLikeHeading(text));

    [Fact]
    public void LooksLikeHeading_ShortCapitalisedLine_IsAHeading() =>
        Assert.True(BlockReader.LooksLikeHeading("Housing Emergency Action Plan"));
}
