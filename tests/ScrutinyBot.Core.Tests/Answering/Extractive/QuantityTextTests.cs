using ScrutinyBot.Core.Answering.Extractive;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

public sealed class QuantityTextTests
{
    private static bool IsAllocated(string word) => word.StartsWith("allocat", StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData("Kent has been allocated £5,046,624.")] // the figure ends the sentence
    [InlineData("Kent has been allocated £5,046,624")]
    [InlineData("£5m has been allocated to the scheme.")]
    public void HasFigureNear_FigureWithinReachOfTheSubject_IsFound(string text) =>
        Assert.True(QuantityText.HasFigureNear(text, IsAllocated, 8));

    [Theory]
    [InlineData("Funding was allocated on a formula based upon forecast numbers of pupils and school capacity set out in the annual survey, £5m.")]
    [InlineData("The grant was allocated in 2024.")] // a year is not a figure
    public void HasFigureNear_NoFigureWithinReach_IsNotFound(string text) =>
        Assert.False(QuantityText.HasFigureNear(text, IsAllocated, 8));
}
