using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval.QueryUnderstanding;

public sealed class ClosedCompoundsTests
{
    [Theory]
    [InlineData("when was the partner expected to start on site?", "onsite")]
    [InlineData("how many child care places are there?", "childcare")]
    [InlineData("what is the well being offer for staff?", "wellbeing")]
    public void Of_NeighbouringWords_AreOfferedJoined(string question, string joined) =>
        Assert.Contains(ClosedCompounds.Of(question), c => c.Letters == joined);

    [Fact]
    public void Of_ADigitOrTwoStopWords_AreNotJoined()
    {
        var joined = ClosedCompounds.Of("what happened to the 2024 budget in it?").Select(c => c.Letters).ToList();

        Assert.DoesNotContain("the2024", joined);
        Assert.DoesNotContain("init", joined);
    }

    [Fact]
    public void Coverage_TextWritingTheWordsAsOne_CoversThem()
    {
        const string question = "when was the partner expected to start on site?";
        var weights = new Dictionary<string, double> { [TextTerms.Stem("partner")] = 1, [TextTerms.Stem("site")] = 3 };
        var stems = CoverageCalculator.Stems("The Delivery Partner will start delivery onsite in May 2022.");

        Assert.Equal(0.25, CoverageCalculator.Coverage(weights, stems), 2);
        Assert.True(CoverageCalculator.Coverage(weights, stems, null, ClosedCompounds.Of(question)) > 0.75);
    }

    [Fact]
    public void Coverage_TheJoinedWordOfOtherWords_DoesNotCoverThem()
    {
        const string question = "when was the partner expected to start on site?";
        var weights = new Dictionary<string, double> { [TextTerms.Stem("partner")] = 1, [TextTerms.Stem("site")] = 3 };
        var stems = CoverageCalculator.Stems("The Delivery Partner will put the guidance online in May 2022.");

        Assert.Equal(0.25, CoverageCalculator.Coverage(weights, stems, null, ClosedCompounds.Of(question)), 2);
    }
}
