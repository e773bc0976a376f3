using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval.QueryUnderstanding;

public sealed class PastTenseTests
{
    [Theory]
    [InlineData("what grade did Ofsted give?", true)]
    [InlineData("remind me what date we sent the action plan to Ofsted", true)] // a past verb, no auxiliary
    [InlineData("when they agreed the budget", true)]
    [InlineData("when do we send the action plan to Ofsted?", false)]
    [InlineData("when is the report published?", false)]
    public void In_QuestionTellingOfWhatWas_ReadsThePast(string question, bool past) =>
        Assert.Equal(past, PastTense.In(question));
}
