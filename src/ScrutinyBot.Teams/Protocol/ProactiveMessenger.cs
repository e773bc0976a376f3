using ScrutinyBot.Teams.Connector;

namespace ScrutinyBot.Teams.Protocol;

/// <summary>Continues a conversation from a stored reference: the callback gets a turn context whose activity is a
/// <c>ContinueConversation</c> event addressed like the reference; what it sends goes out as new messages.</summary>
public sealed class ProactiveMessenger(IConnectorClient connector) : IProactiveMessenger
{
    public const string ContinueConversationEventName = "ContinueConversation";

    public async Task ContinueConversationAsync(
        ConversationReference reference,
        Func<ITurnContext, CancellationToken, Task> callback,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(callback);
        if (string.IsNullOrEmpty(reference.ServiceUrl) || string.IsNullOrEmpty(reference.Conversation?.Id))
        {
            throw new ArgumentException("The conversation reference has no serviceUrl or conversation id.", nameof(reference));
        }

        var activity = new Activity
        {
            Type = ActivityTypes.Event,
            Name = ContinueConversationEventName,
            ServiceUrl = reference.ServiceUrl,
            ChannelId = reference.ChannelId,
            Conversation = reference.Conversation,
            From = reference.User,
            Recipient = reference.Bot,
            Locale = reference.Locale,
        };
        await callback(new TurnContext(activity, connector), cancellationToken).ConfigureAwait(false);
    }
}
