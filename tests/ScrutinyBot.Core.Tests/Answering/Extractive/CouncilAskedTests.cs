using ScrutinyBot.Core.Answering.Extractive;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

public sealed class CouncilAskedTests
{
    private const string Question = "how many EHCPs does Nottingham City Council maintain?";

    [Theory]
    [InlineData("The total number of EHCPs has increased to over 4,240 in January 2024.", "Nottinghamshire County Council", false)] // a neighbour's paper
    [InlineData("The total number of EHCPs has increased to 3,100 in January 2024.", "Nottingham City Council", true)] // that council's paper
    [InlineData("There are 3,100 EHCPs in Nottingham City, against 4,240 in the county.", "Nottinghamshire County Council", true)] // the council named
    [InlineData("The total number of EHCPs is 3,100.", null, true)] // council not known
    [InlineData("The total number of EHCPs is 3,100.", "County Council", true)] // no place given
    public void Allows_AnotherCouncilsPaper_OnlyWhenItNamesTheCouncilAsked(string sentence, string? council, bool allowed) =>
        Assert.Equal(allowed, new CouncilAsked(Question).Allows(AnswerTypeCheckTests.UnitOf(sentence, council)));

    [Theory]
    [InlineData("how many EHCPs does the council maintain?")]
    [InlineData("how many EHCPs are there in Nottingham?")] // a place, not a council named in full
    public void Allows_NoCouncilNamedInFull_AnyPaper(string question) =>
        Assert.True(new CouncilAsked(question).Allows(AnswerTypeCheckTests.UnitOf("The total number of EHCPs is 4,240.", "Nottinghamshire County Council")));
}
