using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval.QueryUnderstanding;

public sealed class DurationInDaysTests
{
    private static Dictionary<string, double> Weights(string question) =>
        TextTerms.Tokenize(question).Where(t => !StopWords.Contains(t)).Select(TextTerms.Stem).Distinct().ToDictionary(s => s, _ => 1.0);

    [Theory]
    [InlineData("plans issued within 20 weeks", "28% of plans were issued within 140 days", 1.0)]
    [InlineData("plans issued within 140 days", "28% of plans were issued within 20 weeks", 1.0)]
    [InlineData("plans issued within 20 weeks", "28% of plans were issued within 20 days", 0.75)] // "20" is there; the weeks are not
    [InlineData("plans issued within 20 weeks", "28% of plans were issued within 100 days", 0.5)]
    [InlineData("plans issued within 10 days", "28% of plans were issued within 2 weeks", 0.5)] // 10 days is no whole number of weeks
    public void Coverage_ADurationInTheOtherUnit_CoversItsNumberAndUnit(string question, string text, double expected) =>
        Assert.Equal(expected, CoverageCalculator.Coverage(Weights(question), CoverageCalculator.Stems(text)), 3);
}
