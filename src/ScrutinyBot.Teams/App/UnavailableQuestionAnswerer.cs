using ScrutinyBot.Core.Answering;

namespace ScrutinyBot.Teams.App;

/// <summary>Stands in when the host registers no answerer (TryAdd: a real one always wins), so the bot still
/// starts and its fact commands work; questions get a plain explanation instead of an error.</summary>
public sealed class UnavailableQuestionAnswerer : IQuestionAnswerer
{
    public Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken) =>
        Task.FromResult(new Answer(false, "I can't answer questions about the papers yet: question answering is not set up on this server. The commands (type help) still work.", []));
}
