using ScrutinyBot.Core.Digests;

namespace ScrutinyBot.Teams.App.Commands;

/// <summary>Posts a digest into this conversation now, outside the schedule.</summary>
public sealed class DigestNowCommand(ISubscriptionCommands subscriptions) : ICommand
{
    public CommandDescriptor Descriptor => CommandCatalog.DigestNow;

    public bool Accepts(string arguments) => arguments.Length == 0;

    public async Task<CommandReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var target = new DigestTarget(request.ConversationId, request.ReferenceJson);
        return SubscriptionReplies.ToReply(await subscriptions.PostNowAsync(target, cancellationToken).ConfigureAwait(false));
    }
}
