using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval.QueryUnderstanding;

public sealed class SynonymsTests
{
    [Theory]
    [InlineData("what worries did inspectors have?", "Inspectors raised concerns about the fragile budget.")]
    [InlineData("what were members worried about?", "Members were concerned about delays.")]
    [InlineData("were the kids consulted?", "Children were consulted in schools.")]
    [InlineData("could they stay?", "Numbers able to remain rose.")]
    [InlineData("was anyone told?", "Members were informed by letter.")]
    [InlineData("when is the move?", "Staff transfer on 1 April.")]
    [InlineData("how many councillors?", "Membership: 8 Members.")]
    [InlineData("who wrote it?", "Author: Dr Jane Smith, Public Health.")]
    [InlineData("any minimum?", "A de-minimis limit has been set at £250k.")]
    [InlineData("any minimum?", "Bids above the threshold go to Cabinet.")]
    [InlineData("what are they expecting?", "A visit is anticipated in the spring.")]
    [InlineData("who is the contact?", "Ask for: Georgina Little. Telephone: 03000 414043")]
    public void Coverage_QuestionWordAndPapersWordOfOneGroup_Covers(string question, string text)
    {
        var weights = TextTerms.ContentStems(question).ToDictionary(s => s, _ => 1.0);

        var coverage = CoverageCalculator.Coverage(weights, CoverageCalculator.Stems(text));

        Assert.True(coverage > 0.4, $"coverage {coverage}");
    }
}
