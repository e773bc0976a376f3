using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval.QueryUnderstanding;

public sealed class LegalSectionTests
{
    [Theory]
    [InlineData("s151", "section 151")]
    [InlineData("s25", "section 25")]
    [InlineData("s106", "section 106")]
    [InlineData("s.114", "section 114")]
    [InlineData("send", null)]
    [InlineData("s", null)]
    [InlineData("2025", null)]
    public void Spelled_SectionWrittenShort_IsWrittenOut(string stem, string? expected) =>
        Assert.Equal(expected, LegalSection.Spelled(stem));

    [Fact]
    public void Coverage_SectionWrittenShortInTheQuestion_CountsTheSectionWrittenOutInFull()
    {
        var weights = new Dictionary<string, double> { ["s151"] = 3.0, [TextTerms.Stem("officer")] = 1.0 };

        var coverage = CoverageCalculator.Coverage(weights, CoverageCalculator.Stems("Ms Rowe, the Section 151 Officer, presented the statement."));

        Assert.Equal(1.0, coverage, 3);
    }

    [Fact]
    public void SearchWords_SectionWrittenShort_SearchesTheWordsWrittenOut()
    {
        var words = Synonyms.SearchWords(["s151", TextTerms.Stem("officer")]);

        Assert.Contains("section", words);
        Assert.Contains("151", words);
    }
}
