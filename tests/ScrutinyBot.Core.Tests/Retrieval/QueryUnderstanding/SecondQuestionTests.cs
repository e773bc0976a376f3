using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval.QueryUnderstanding;

public sealed class SecondQuestionTests
{
    [Theory]
    [InlineData("which cabinet committee looked at the delivery plan before Cabinet, and when?", "when?")]
    [InlineData("what are the capital receipts used for in 25-26, and how much?", "how much?")]
    [InlineData("who chaired the meeting and when is the next one?", "when is the next one?")]
    [InlineData("how much were they topping up LEVI by and what were they cutting to pay for it?", "what were they cutting to pay for it?")]
    [InlineData("How much did the Greens want for the study, and where was it coming from?", "where was it coming from?")]
    [InlineData("what did the committee decide about the budget?", null)]
    [InlineData("when and where is the conference?", null)] // one question about two things, not two questions
    public void Of_QuestionEndingWithASecondQuestion_GivesIt(string question, string? expected) =>
        Assert.Equal(expected, SecondQuestion.Of(question));
}
