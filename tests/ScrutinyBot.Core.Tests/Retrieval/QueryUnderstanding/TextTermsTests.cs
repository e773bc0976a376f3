using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval.QueryUnderstanding;

public sealed class TextTermsTests
{
    [Theory]
    [InlineData("adding", "add")]
    [InlineData("asked", "ask")]
    [InlineData("recommendations", "recommend")]
    [InlineData("safeguarding", "safeguard")]
    [InlineData("coming", "come")]
    [InlineData("named", "name")]
    [InlineData("voted", "vote")]
    [InlineData("voting", "vote")]
    [InlineData("vote", "vote")]
    [InlineData("showing", "show")]
    public void Stem_Word_FoldsEndingsWithoutMangling(string word, string expected) =>
        Assert.Equal(expected, TextTerms.Stem(word));
}
