using ScrutinyBot.Core.Answering;

namespace ScrutinyBot.Teams.Tests.App.Fakes;

internal sealed class FakeQuestionAnswerer(Answer answer) : IQuestionAnswerer
{
    public List<Question> Questions { get; } = [];

    public Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken)
    {
        Questions.Add(question);
        return Task.FromResult(answer);
    }
}
