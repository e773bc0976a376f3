using ScrutinyBot.Core.Answering.Extractive;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

public sealed class WordPairsTests
{
    private static readonly Dictionary<string, double> Asked = new[] { "council", "tax", "requirement", "budget" }
        .ToDictionary(TextTerms.Stem, _ => 1.0);

    [Fact]
    public void Of_AskedWordsSideBySide_PairsThem()
    {
        var sut = WordPairs.Of("The total Council Tax requirement of £994m", Asked);

        Assert.Contains($"{TextTerms.Stem("tax")} {TextTerms.Stem("requirement")}", sut);
        Assert.Contains($"{TextTerms.Stem("council")} {TextTerms.Stem("tax")}", sut);
    }

    [Fact]
    public void Of_AskedWordsApart_NoPair()
    {
        var sut = WordPairs.Of("Council tax band rates rise; the requirement for the budget is set out", Asked);

        Assert.DoesNotContain($"{TextTerms.Stem("tax")} {TextTerms.Stem("requirement")}", sut);
    }
}
