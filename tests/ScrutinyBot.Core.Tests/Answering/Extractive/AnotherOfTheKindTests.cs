using ScrutinyBot.Core.Answering.Extractive;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

public sealed class AnotherOfTheKindTests
{
    private const string Question = "how many signatures did the Millmead petition get?";

    [Theory]
    [InlineData("The Save our Seashells petition received over 6,000 signatures.", true)]
    [InlineData("A petition entitled ‘Save Our Seashells’ petition was submitted with 6,000 signatures.", true)]
    [InlineData("The Millmead petition received 300 signatures.", false)]
    [InlineData("The petition received 300 signatures.", false)]
    [InlineData("The County Council petition scheme was followed.", false)]
    public void NamesAnother_SameKindNamedOtherwise(string sentence, bool another) =>
        Assert.Equal(another, new AnotherOfTheKind(Question).NamesAnother(sentence));

    [Theory]
    [InlineData("how many signatures did the petition to save Millmead get?", "The Save our Seashells petition received over 6,000 signatures.", true)]
    [InlineData("how many signatures did the petition to save Millmead get?", "The petition to save Millmead received 300 signatures.", false)]
    [InlineData("what did the consultation on Dover Harbour find?", "The Folkestone consultation found strong support.", true)]
    [InlineData("who won the LGC Graduate of the Year award?", "The Internal Audit team were the winners of the Excellence in Public Sector Audit award at this year's awards.", true)]
    [InlineData("who won the LGC Graduate of the Year award?", "Talha Ghaffar won the Graduate of the Year award.", false)]
    [InlineData("how many signatures did the petition to save Millmead get?", "5.16 A petition entitled ‘Save Our Seashells’ was submitted with over 6,000 signatures.", true)]
    public void NamesAnother_NameWrittenAfterTheKind(string question, string sentence, bool another) =>
        Assert.Equal(another, new AnotherOfTheKind(question).NamesAnother(sentence));

    [Fact]
    public void NamesAnother_QuestionNamesNoThingOfAKind_NeverRulesOut() =>
        Assert.False(new AnotherOfTheKind("how many signatures did the petition get?").NamesAnother("The Save our Seashells petition received 6,000 signatures."));
}
