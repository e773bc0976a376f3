namespace ScrutinyBot.Core.Digests;

/// <summary>What the subscribe / unsubscribe / subscriptions / digest now commands do, for any chat face.</summary>
public interface ISubscriptionCommands
{
    /// <param name="arguments">The text after "subscribe": [daily|weekly|monthly] [at HH:MM] [on weekday] [committee names].</param>
    Task<SubscriptionReply> SubscribeAsync(DigestTarget target, string arguments, CancellationToken cancellationToken);

    Task<SubscriptionReply> ListAsync(string conversationId, CancellationToken cancellationToken);

    Task<SubscriptionReply> UnsubscribeAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Composes and posts a digest to the conversation now, outside the schedule.</summary>
    Task<SubscriptionReply> PostNowAsync(DigestTarget target, CancellationToken cancellationToken);
}
