using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval.QueryUnderstanding;

public sealed class InitialismsTests
{
    [Theory]
    [InlineData("The Strengthening Independence Service will move to ASCH.", "sis")]
    [InlineData("from the CYPE Directorate to Adult Social Care and Health", "asch")]
    [InlineData("19,407 children and young people had an EHCP", "cyp")]
    public void In_NameWrittenInFull_GivesItsInitials(string text, string initialism) =>
        Assert.Contains(initialism, Initialisms.In(text));

    [Fact]
    public void In_TwoWords_GiveNoInitialism() =>
        Assert.Empty(Initialisms.In("Kent County"));

    [Fact]
    public void Coverage_InitialismAsked_IsCoveredByTheNameWrittenInFull()
    {
        var weights = new Dictionary<string, double> { ["sis"] = 1, ["budget"] = 1 };

        Assert.Equal(1.0, CoverageCalculator.Coverage(weights, CoverageCalculator.Stems("The budget of the Strengthening Independence Service transfers in April.")));
        Assert.Equal(0.5, CoverageCalculator.Coverage(weights, CoverageCalculator.Stems("The budget of the independence team transfers in April.")));
    }
}
