namespace ScrutinyBot.Core.Digests;

/// <summary>Digest subscriptions, one per conversation.</summary>
public interface ISubscriptionStore
{
    Task<Subscription?> GetAsync(string id, CancellationToken cancellationToken);

    Task<Subscription?> FindByConversationAsync(string conversationId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Inserts or replaces the subscription with the same id.</summary>
    Task SaveAsync(Subscription subscription, CancellationToken cancellationToken);

    /// <summary>Removes the conversation's subscription and its unsent digests.</summary>
    Task<bool> DeleteByConversationAsync(string conversationId, CancellationToken cancellationToken);

    Task PauseAsync(string id, string reason, CancellationToken cancellationToken);
}
