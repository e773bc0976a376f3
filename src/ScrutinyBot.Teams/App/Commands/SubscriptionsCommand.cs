using ScrutinyBot.Core.Digests;

namespace ScrutinyBot.Teams.App.Commands;

public sealed class SubscriptionsCommand(ISubscriptionCommands subscriptions) : ICommand
{
    public CommandDescriptor Descriptor => CommandCatalog.Subscriptions;

    public bool Accepts(string arguments) => arguments.Length == 0;

    public async Task<CommandReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken) =>
        SubscriptionReplies.ToReply(await subscriptions.ListAsync(request.ConversationId, cancellationToken).ConfigureAwait(false));
}
