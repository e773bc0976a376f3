using ScrutinyBot.Core.Digests;

namespace ScrutinyBot.Storage.Tests.MultiInstance;

/// <summary>An instance's real subscription store that says when the instance first listed the subscriptions (its
/// scheduler's run at start has read them), so a test can add subscriptions only after that run saw none.</summary>
internal sealed class ListedSubscriptions(ISubscriptionStore inner) : ISubscriptionStore
{
    public TaskCompletionSource FirstListed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken)
    {
        var listed = await inner.ListAsync(cancellationToken);
        FirstListed.TrySetResult();
        return listed;
    }

    public Task<Subscription?> GetAsync(string id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

    public Task<Subscription?> FindByConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        inner.FindByConversationAsync(conversationId, cancellationToken);

    public Task SaveAsync(Subscription subscription, CancellationToken cancellationToken) => inner.SaveAsync(subscription, cancellationToken);

    public Task<bool> DeleteByConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        inner.DeleteByConversationAsync(conversationId, cancellationToken);

    public Task PauseAsync(string id, string reason, CancellationToken cancellationToken) => inner.PauseAsync(id, reason, cancellationToken);
}
