using ScrutinyBot.Core.Answering;
using ScrutinyBot.Teams.App.Cards;

namespace ScrutinyBot.Teams.App.Commands;

/// <summary>Answers a question from the papers, with citations. Any text that is not a command comes here.</summary>
public sealed class AskCommand(IQuestionAnswerer answerer, CouncilClock clock) : ICommand
{
    public CommandDescriptor Descriptor => CommandCatalog.Ask;

    public bool Accepts(string arguments) => true;

    public async Task<CommandReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var question = request.Arguments.Trim();
        if (question.Length == 0)
        {
            return new CommandReply(
                MessageCardBuilder.Build("Ask me about the papers", "Type a question after “ask”, for example: ask who chaired the November 2024 meeting?"),
                "Ask me about the papers");
        }

        var answer = await answerer.AnswerAsync(new Question(question, clock.Today()), cancellationToken).ConfigureAwait(false);
        return new CommandReply(AnswerCardBuilder.Build(question, answer), TextClip.OneLine(answer.Text, 200), answer);
    }
}
