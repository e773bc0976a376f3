using ScrutinyBot.Teams.App.Cards;

namespace ScrutinyBot.Teams.App.Commands;

public sealed class HelpCommand : ICommand
{
    public CommandDescriptor Descriptor => CommandCatalog.Help;

    public bool Accepts(string arguments) => arguments.Length == 0;

    public Task<CommandReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new CommandReply(HelpCardBuilder.Help(unknown: null), "What I can do"));
}
