using ScrutinyBot.Core.Retrieval.Sqlite;

namespace ScrutinyBot.Core.Tests.Retrieval.Sqlite;

public sealed class FtsMatchExpressionTests
{
    [Theory]
    [InlineData("budget", "\"budget\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("text:secret", "\"text:secret\"")]
    [InlineData("a* NEAR b", "\"a* NEAR b\"")]
    [InlineData("  Harlow Academy ", "\"Harlow Academy\"")]
    public void Quote_UserText_IsOneQuotedString(string text, string expected)
    {
        Assert.Equal(expected, FtsMatchExpression.Quote(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*?\"")]
    public void Quote_NothingSearchable_ReturnsNull(string text)
    {
        Assert.Null(FtsMatchExpression.Quote(text));
    }

    [Fact]
    public void AnyOf_TermsAndPhrases_JoinsWithOr()
    {
        var sut = FtsMatchExpression.AnyOf(["fines", "AND"], ["Harlow Academy"]);

        Assert.Equal("\"fines\" OR \"AND\" OR \"Harlow Academy\"", sut);
    }

    [Fact]
    public void AnyOf_Nothing_ReturnsNull()
    {
        Assert.Null(FtsMatchExpression.AnyOf([], ["\"\""]));
    }
}
