using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Retrieval;

namespace ScrutinyBot.Core.Tests.Retrieval;

public sealed class StemSetTests
{
    private const string Text = "The committee noted the safeguarding review, the fostering allowances and the SEND transport budget overspend.";

    [Theory]
    [InlineData("safeguard")]
    [InlineData("safeguardingpartnership")]
    [InlineData("foster")]
    [InlineData("fosterers")]
    [InlineData("overs")]
    [InlineData("overspending")]
    [InlineData("transportation")]
    [InlineData("budget")]
    [InlineData("budg")]
    [InlineData("revi")]
    [InlineData("reviewers")]
    [InlineData("allowanc")]
    [InlineData("school")]
    [InlineData("the")]
    [InlineData("zzzzzz")]
    public void Contains_IndexedStems_AgreesWithScanningEveryWord(string stem)
    {
        var scanned = CoverageCalculator.Contains(CoverageCalculator.Stems(Text), stem);

        var sut = CoverageCalculator.Contains(CoverageCalculator.IndexedStems(Text), stem);

        Assert.Equal(scanned, sut);
    }

    [Theory]
    [InlineData("Apologies were received from the Assistant Chief Constable, Nottinghamshire Police.", true)]
    [InlineData("Apologies were received from the Director, Nottingham City Council.", false)] // a city, not the county
    [InlineData("Apologies were received from the Notary.", false)]
    public void ShortensCounty_CountyWrittenShortAndTheTextNamesIt_IsCovered(string text, bool expected) =>
        Assert.Equal(expected, CoverageCalculator.Contains(CoverageCalculator.Stems(text), TextTerms.Stem("notts")));

    [Fact]
    public void ShortensCounty_WordOfTheLanguage_IsNotACounty() =>
        Assert.False(CoverageCalculator.Contains(CoverageCalculator.Stems("The Bedfordshire and Staffordshire placements were reviewed."), TextTerms.Stem("beds")));

    [Fact]
    public void SharesStart_WordLongerOrShorterThanStem_MatchesFromFiveLetters()
    {
        var sut = new StemSet(["safeguarding", "foster", "bud"]);

        Assert.Equal(
            (true, true, false, false),
            (sut.SharesStart("safeguard"), sut.SharesStart("fostering"), sut.SharesStart("budget"), sut.SharesStart("fost")));
    }

    [Theory]
    [InlineData("sustain", "sustainable")]
    [InlineData("sustainable", "sustained")]
    [InlineData("account", "accountability")]
    [InlineData("educated", "education")]
    [InlineData("education", "home educated")]
    [InlineData("allocated", "allocations")]
    public void SharesStart_AdjectiveOrNounOfTheSameVerb_Matches(string question, string text) =>
        Assert.True(CoverageCalculator.Contains(CoverageCalculator.IndexedStems(text), TextTerms.Stem(question)));

    [Theory]
    [InlineData("nottingham", "nottinghamshire")]
    [InlineData("nottinghamshire", "nottingham")]
    [InlineData("child", "childcare")]
    [InlineData("health", "healthwatch")]
    public void SharesStart_AnotherWordAfterTheSharedStart_DoesNotMatch(string stem, string textWord)
    {
        var sut = new StemSet([textWord]);

        Assert.False(sut.SharesStart(stem));
    }

    [Fact]
    public void Contains_WholeWordPlaceNames_MatchOnlyTheSamePlace()
    {
        var text = CoverageCalculator.Stems("Nottinghamshire County Council childcare sufficiency assessment");

        Assert.Equal(
            (false, true, false, true),
            (CoverageCalculator.Contains(text, "nottingham"), CoverageCalculator.Contains(text, "nottinghamshir"), CoverageCalculator.Contains(text, "child"), CoverageCalculator.Contains(text, "assess")));
    }

    [Theory]
    [InlineData("Ask for: Georgina Little. Telephone: 03000 414043", "ask for", true)]
    [InlineData("The committee asked officers for a report.", "ask for", false)] // both words, not side by side
    [InlineData("596 children were subject to a Child Protection Plan.", "child protect", true)]
    [InlineData("The child was seen; protection was offered.", "child protect", false)]
    public void Contains_TwoWordStem_NeedsTheWordsSideBySide(string text, string phrase, bool expected) =>
        Assert.Equal(expected, CoverageCalculator.Contains(CoverageCalculator.Stems(text), phrase));
}
