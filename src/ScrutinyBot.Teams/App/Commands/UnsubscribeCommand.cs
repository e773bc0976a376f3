using ScrutinyBot.Core.Digests;

namespace ScrutinyBot.Teams.App.Commands;

public sealed class UnsubscribeCommand(ISubscriptionCommands subscriptions) : ICommand
{
    public CommandDescriptor Descriptor => CommandCatalog.Unsubscribe;

    public bool Accepts(string arguments) => arguments.Length == 0;

    public async Task<CommandReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken) =>
        SubscriptionReplies.ToReply(await subscriptions.UnsubscribeAsync(request.ConversationId, cancellationToken).ConfigureAwait(false));
}
