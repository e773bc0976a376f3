using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval.QueryUnderstanding;

public sealed class FollowUpQuestionTests
{
    [Theory]
    [InlineData("what did full council resolve on the white paper on 9 Jan - was anything added?", "what did full council resolve on the white paper on 9 Jan")]
    [InlineData("what did cabinet decide about the budget? did anyone vote against?", "what did cabinet decide about the budget")]
    [InlineData("what did cabinet decide about the 2025-26 budget?", null)]
    [InlineData("what did cabinet decide about the budget?", null)]
    public void First_QuestionAskingTwoThings_IsTheFirst(string question, string? expected) =>
        Assert.Equal(expected, FollowUpQuestion.First(question));
}
