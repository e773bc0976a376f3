using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval.QueryUnderstanding;

public sealed class InitialismsTests
{
    [Theory]
    [InlineData("The Strengthening Independence Service will move to ASCH.", "sis")]
    [InlineData("from the CYPE Directorate to Adult Social Care and Health", "asch")]
    [InlineData("19,407 children and young people had an EHCP", "cyp")]
    [InlineData("Education, Health, and Care Plans", "ehcp")]
    [InlineData("asked to approve and adopt Local Transport Plan 5: Striking the Balance", "ltp5")]
    [InlineData("asked to approve and adopt Local Transport Plan 5: Striking the Balance", "ltp")]
    [InlineData("Report on the Examination of the Kent Minerals\n& Waste Local Plan 2024 - 2039", "kmwlp")] // a title wrapped by the PDF
    public void Spells_NameWrittenInFull_ItsInitials(string text, string initialism) =>
        Assert.True(Initialisms.Spells(Initialisms.Letters(text), initialism));

    [Theory]
    [InlineData("Kent County", "kc")]
    [InlineData("the Strengthening Independence. Service", "sis")]
    [InlineData("Strengthening Independence Service", "s1s")]
    [InlineData("Local Transport Plan 52", "ltp5")]
    [InlineData("Local Transport Plan 4", "ltp5")]
    [InlineData("Local Transport 5 Plan", "ltp5")]
    public void Spells_TooShortBrokenOrNotLetters_IsNotAnInitialism(string text, string stem) =>
        Assert.False(Initialisms.Spells(Initialisms.Letters(text), stem));

    [Fact]
    public void Coverage_InitialismAsked_IsCoveredByTheNameWrittenInFull()
    {
        var weights = new Dictionary<string, double> { ["sis"] = 1, ["budget"] = 1 };

        Assert.Equal(1.0, CoverageCalculator.Coverage(weights, CoverageCalculator.Stems("The budget of the Strengthening Independence Service transfers in April.")));
        Assert.Equal(0.5, CoverageCalculator.Coverage(weights, CoverageCalculator.Stems("The budget of the independence team transfers in April.")));
    }
}
