using ScrutinyBot.Core.Answering.Extractive;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

public sealed class AnotherCouncilsBodyTests
{
    private const string Question = "When is Medway's full council considering the JHOSC terms of reference changes?";

    [Theory]
    [InlineData("To: County Council 13th March 2025. Subject: Kent and Medway NHS JHOSC terms of reference.", "Kent County Council", false)] // the place alone
    [InlineData("The changes go to Medway Council on 24 April 2025.", "Kent County Council", true)] // the council named
    [InlineData("Medway's full council will consider the changes on 24 April 2025.", "Kent County Council", true)]
    [InlineData("Full Council will consider the changes on 24 April 2025.", "Medway Council", true)] // that council's paper
    [InlineData("The JHOSC terms of reference were updated under the 2013 Regulations.", null, false)] // council not known
    public void Allows_AnotherCouncilsPaper_OnlyWhenItNamesThatCouncil(string sentence, string? council, bool allowed) =>
        Assert.Equal(allowed, new AnotherCouncilsBody(Question).Allows(AnswerTypeCheckTests.UnitOf(sentence, council)));

    [Theory]
    [InlineData("what time did January's scrutiny meeting end?")] // a month's meeting, not a council's
    [InlineData("when is the full council considering the JHOSC terms of reference changes?")]
    public void Allows_NoCouncilsBodyAsked_AnyPaper(string question) =>
        Assert.True(new AnotherCouncilsBody(question).Allows(AnswerTypeCheckTests.UnitOf("The changes go to Council on 24 April 2025.", "Kent County Council")));
}
