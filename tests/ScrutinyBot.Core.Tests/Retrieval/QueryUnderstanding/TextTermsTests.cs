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

    [Theory]
    [InlineData("brought", "bringing")]
    [InlineData("held", "holds")]
    [InlineData("met", "meeting")]
    [InlineData("written", "writes")]
    [InlineData("overspent", "overspending")]
    public void Stem_IrregularPastForm_IsTheStemOfItsVerb(string past, string other) =>
        Assert.Equal(TextTerms.Stem(other), TextTerms.Stem(past));

    [Theory]
    [InlineData("HMIs", "HMI")]
    [InlineData("KPIs", "KPI")]
    [InlineData("GPs", "GP")]
    public void Stem_PluralOfAnInitialism_IsItsLetters(string plural, string singular) =>
        Assert.Equal(TextTerms.Stem(singular), TextTerms.Stem(plural));

    [Fact]
    public void Tokenize_PluralOfAnInitialism_IsItsLettersAndOtherWordsKeepTheirS() =>
        Assert.Equal(["the", "hmi", "kpi", "analysis", "recommendations", "is"], TextTerms.Tokenize("the HMIs' KPIs, analysis RECOMMENDATIONS Is"));

    [Fact]
    public void Stem_Sent_IsNotReadAsTheSendAcronym() =>
        Assert.NotEqual(TextTerms.Stem("SEND"), TextTerms.Stem("sent"));
}
