using ScrutinyBot.Core.Digests;

namespace ScrutinyBot.Teams.App.Commands;

/// <summary>Subscribes this conversation to digests; the digests feature parses cadence, time and committees.</summary>
public sealed class SubscribeCommand(ISubscriptionCommands subscriptions) : ICommand
{
    public CommandDescriptor Descriptor => CommandCatalog.Subscribe;

    public bool Accepts(string arguments) => true;

    public async Task<CommandReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var target = new DigestTarget(request.ConversationId, request.ReferenceJson);
        var reply = await subscriptions.SubscribeAsync(target, request.Arguments, cancellationToken).ConfigureAwait(false);
        return SubscriptionReplies.ToReply(reply);
    }
}
