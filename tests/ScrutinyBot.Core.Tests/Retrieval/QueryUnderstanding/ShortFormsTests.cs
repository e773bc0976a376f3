using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval.QueryUnderstanding;

public sealed class ShortFormsTests
{
    [Theory]
    [InlineData("s151", "section 151")]
    [InlineData("s25", "section 25")]
    [InlineData("s106", "section 106")]
    [InlineData("s.114", "section 114")]
    [InlineData("q3", "quarter 3")]
    [InlineData("q5", null)]
    [InlineData("cllr", "councillor")]
    [InlineData("exec", "executive")]
    [InlineData("la", "local authority")]
    [InlineData("ncc", "council")]
    [InlineData("kcc", "council")]
    [InlineData("dem", "democrat")] // "the Lib Dems"
    [InlineData("lib", "liberal")]
    [InlineData("tory", "conservative")] // "the Tories"
    [InlineData("cqc", null)]
    [InlineData("asc", null)]
    [InlineData("send", null)]
    [InlineData("s", null)]
    [InlineData("2025", null)]
    public void Spelled_SectionOrQuarterWrittenShort_IsWrittenOut(string stem, string? expected) =>
        Assert.Equal(expected, ShortForms.Spelled(stem));

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

    [Theory]
    [InlineData("how many KPIs were red in the Q3 24/25 report?", "how many KPIs were red in the Q3 2024/25 report?")]
    [InlineData("what was the 23-24 outturn?", "what was the 2023/24 outturn?")]
    [InlineData("what happened on 13/12/24?", "what happened on 13/12/24?")]
    [InlineData("how many scored 12/20 or better?", "how many scored 12/20 or better?")]
    public void WithFinancialYearsWrittenOut_YearPairWrittenShort_IsWrittenOut(string question, string expected) =>
        Assert.Equal(expected, ShortForms.WithFinancialYearsWrittenOut(question));

    [Theory]
    [InlineData("2021", "The chairing will be undertaken by Craig Guildford in 2021/2022.", 1.0)]
    [InlineData("2021", "The chairing will be undertaken by Craig Guildford in 2021/22.", 1.0)]
    [InlineData("2023", "The plan was agreed in 2023 and reviewed in 2022.", 0.5)] // "22" with 2023: not the year after it
    public void Coverage_SecondYearOfARangeWrittenShort_CountsTheYearWrittenOut(string year, string text, double expected)
    {
        var weights = new Dictionary<string, double> { [year] = 1.0, ["22"] = 1.0 };

        Assert.Equal(expected, CoverageCalculator.Coverage(weights, CoverageCalculator.Stems(text)), 3);
    }

    [Fact]
    public void Coverage_QuarterWrittenShort_CountsTheQuarterWrittenOut()
    {
        var weights = new Dictionary<string, double> { ["q3"] = 2.0, [TextTerms.Stem("report")] = 1.0 };

        Assert.Equal(1.0, CoverageCalculator.Coverage(weights, CoverageCalculator.Stems("The Quarter 3 report includes 38 indicators.")), 3);
    }

    [Theory]
    [InlineData("what % of EHCPs were issued within 20 wks?", "weeks")]
    [InlineData("when is the next cttee mtg?", "committee")]
    [InlineData("what did govt say about the grant?", "government")]
    public void Coverage_ClippedWordInTheQuestion_CountsTheWordWrittenOut(string question, string written)
    {
        var analysis = QueryAnalyzer.Analyze(question, new CommitteeRecognizer([]));
        var clipped = analysis.ContentStems.Single(s => ShortForms.Spelled(s) == written);
        var weights = new Dictionary<string, double> { [clipped] = 1.0 };

        Assert.Equal(1.0, CoverageCalculator.Coverage(weights, CoverageCalculator.Stems($"the {written} was mentioned")));
        Assert.Equal(0.0, CoverageCalculator.Coverage(weights, CoverageCalculator.Stems("nothing relevant here")));
    }

    [Theory]
    [InlineData("ctte", true)]
    [InlineData("committe", true)]
    [InlineData("exec", false)]
    public void StartsWithAny_ReadsAWordWrittenShortAsTheWordItStandsFor(string stem, bool expected) =>
        Assert.Equal(expected, ShortForms.StartsWithAny(stem, ["committ", "meet"]));
}
