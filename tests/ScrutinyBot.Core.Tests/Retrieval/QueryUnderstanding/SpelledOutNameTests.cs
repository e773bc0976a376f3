using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval.QueryUnderstanding;

public sealed class SpelledOutNameTests
{
    [Theory]
    [InlineData("who chaired the treasury management group on 14 nov?", "tmg")]
    [InlineData("what's KCC's provisional revenue support grant for 25-26?", "rsg")]
    [InlineData("how much is adult social care overspending?", "asc")]
    public void Of_NameWrittenInFull_HasItsInitials(string question, string letters) =>
        Assert.Contains(SpelledOutName.Of(question), n => n.Letters == letters);

    [Fact]
    public void Of_JoiningWordsInsideAName_ArePassedOver() =>
        Assert.Contains(SpelledOutName.Of("what does the adult social care and health directorate spend?"), n => n.Letters == "asch");

    [Fact]
    public void Of_FewerThanThreeWordsInARow_SpellNothing() =>
        Assert.Empty(SpelledOutName.Of("when does cabinet meet?"));

    [Fact]
    public void Coverage_ContextWritingTheNamesInitials_CoversItsWords()
    {
        const string question = "who chaired the treasury management group?";
        var weights = TextTerms.ContentStems(question).ToDictionary(s => s, _ => 1.0);
        var stems = CoverageCalculator.Stems("Attendance: Harry Rayner (Chair).");

        Assert.Equal(0.85, CoverageCalculator.Coverage(weights, stems, CoverageCalculator.Stems("TMG meeting note"), SpelledOutName.Of(question)), 2);
    }

    [Fact]
    public void Coverage_TextWritingTheNamesInitials_CoversItsWords()
    {
        const string question = "who chaired the treasury management group?";
        var weights = TextTerms.ContentStems(question).ToDictionary(s => s, _ => 1.0);
        var stems = CoverageCalculator.Stems("TMG 14 November 2024. Attendance: Harry Rayner (Chair).");

        Assert.Equal(0.25, CoverageCalculator.Coverage(weights, stems), 2);
        Assert.Equal(0.85, CoverageCalculator.Coverage(weights, stems, null, SpelledOutName.Of(question)), 2);
    }
}
