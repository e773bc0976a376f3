namespace ScrutinyBot.Teams.Protocol;

/// <summary>Posts into a conversation outside an inbound turn (digests), from a stored reference.</summary>
public interface IProactiveMessenger
{
    /// <summary>Runs <paramref name="callback"/> with a turn context addressed to the reference's conversation;
    /// activities it sends go to the Connector as new messages. Connector failures surface as
    /// <see cref="Connector.ConnectorException"/>.</summary>
    Task ContinueConversationAsync(
        ConversationReference reference,
        Func<ITurnContext, CancellationToken, Task> callback,
        CancellationToken cancellationToken);
}
