using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval.QueryUnderstanding;

public sealed class NumberWordsTests
{
    [Theory]
    [InlineData("two", "The monitoring visit was undertaken by 2 inspectors, Margaret Burke and Rachel Griffiths.", true)]
    [InlineData("3", "The Cabinet considered three options for the site.", true)]
    [InlineData("twelve", "The review took 12 weeks.", true)]
    [InlineData("two", "The monitoring visit was undertaken by inspectors.", false)]
    [InlineData("3", "The Cabinet considered 13 options for the site.", false)]
    [InlineData("one", "Item 1 was deferred.", false)] // "quick one", "the one on housing": not a count
    public void Contains_NumberWrittenTheOtherWay_IsCovered(string word, string text, bool expected) =>
        Assert.Equal(expected, CoverageCalculator.Contains(CoverageCalculator.IndexedStems(text), TextTerms.Stem(word)));

    [Fact]
    public void Coverage_QuestionCountsInWordsAndTheTextInDigits_CoversTheCount()
    {
        var weights = new Dictionary<string, double> { ["two"] = 3.0, ["inspector"] = 2.0 };

        var coverage = CoverageCalculator.Coverage(weights, CoverageCalculator.IndexedStems("The visit was undertaken by 2 inspectors."));

        Assert.Equal(1.0, coverage, 3);
    }
}
