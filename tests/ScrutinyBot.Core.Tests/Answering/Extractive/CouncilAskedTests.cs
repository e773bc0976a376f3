using ScrutinyBot.Core.Answering.Extractive;
using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Retrieval;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

public sealed class CouncilAskedTests
{
    private const string Question = "how many EHCPs does Nottingham City Council maintain?";

    private static AnswerUnit UnitOf(string text, string? council)
    {
        var chunk = new Chunk("pack.pdf", 0, PartKind.Report, "Report", null, 1, null, null, council, text);
        return new AnswerUnit(new ScoredPassage(new SearchHit(1, chunk, 1), 1, 1), 0, text, 1, CoverageCalculator.Stems(text), true);
    }

    [Theory]
    [InlineData("The total number of EHCPs has increased to over 4,240 in January 2024.", "Nottinghamshire County Council", false)] // a neighbour's paper
    [InlineData("The total number of EHCPs has increased to 3,100 in January 2024.", "Nottingham City Council", true)] // that council's paper
    [InlineData("There are 3,100 EHCPs in Nottingham City, against 4,240 in the county.", "Nottinghamshire County Council", true)] // the council named
    [InlineData("The total number of EHCPs is 3,100.", null, true)] // council not known
    [InlineData("The total number of EHCPs is 3,100.", "County Council", true)] // no place given
    public void Allows_AnotherCouncilsPaper_OnlyWhenItNamesTheCouncilAsked(string sentence, string? council, bool allowed) =>
        Assert.Equal(allowed, new CouncilAsked(Question).Allows(UnitOf(sentence, council)));

    [Theory]
    [InlineData("how many EHCPs does the council maintain?")]
    [InlineData("how many EHCPs are there in Nottingham?")] // a place, not a council named in full
    public void Allows_NoCouncilNamedInFull_AnyPaper(string question) =>
        Assert.True(new CouncilAsked(question).Allows(UnitOf("The total number of EHCPs is 4,240.", "Nottinghamshire County Council")));
}
