using ScrutinyBot.Core.Digests;

namespace ScrutinyBot.Storage.Tests.MultiInstance;

/// <summary>The real outbox of an instance that dies mid-run: when it is about to claim its row number
/// <paramref name="dieAtClaim"/> it stops touching the store for good (as a killed process would), and says so.</summary>
internal sealed class DyingOutbox(IDigestOutbox inner, int dieAtClaim) : IDigestOutbox
{
    private int _claims;

    public TaskCompletionSource Died { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Set when the instance first claims a row (its run is under way).</summary>
    public TaskCompletionSource Claiming { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<bool> ClaimAsync(string subscriptionId, string period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Claiming.TrySetResult();
        if (Interlocked.Increment(ref _claims) >= dieAtClaim)
        {
            Died.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        return await inner.ClaimAsync(subscriptionId, period, now, cancellationToken);
    }

    public Task<bool> EnqueueAsync(OutboxEntry entry, DateTimeOffset? scheduledPeriod, CancellationToken cancellationToken) =>
        Dead ? Hang(cancellationToken) : inner.EnqueueAsync(entry, scheduledPeriod, cancellationToken);

    public Task<IReadOnlyList<OutboxEntry>> UnsentAsync(CancellationToken cancellationToken) => inner.UnsentAsync(cancellationToken);

    public Task<OutboxEntry?> FindAsync(string subscriptionId, string period, CancellationToken cancellationToken) =>
        inner.FindAsync(subscriptionId, period, cancellationToken);

    public Task<string?> LastSettledStatusAsync(string subscriptionId, CancellationToken cancellationToken) =>
        inner.LastSettledStatusAsync(subscriptionId, cancellationToken);

    public Task MarkSentAsync(string subscriptionId, string period, string? activityId, DateTimeOffset now, CancellationToken cancellationToken) =>
        inner.MarkSentAsync(subscriptionId, period, activityId, now, cancellationToken);

    public Task MarkAsync(string subscriptionId, string period, string status, string? error, CancellationToken cancellationToken) =>
        inner.MarkAsync(subscriptionId, period, status, error, cancellationToken);

    public Task<int> ReleaseExpiredClaimsAsync(DateTimeOffset claimedBefore, CancellationToken cancellationToken) =>
        inner.ReleaseExpiredClaimsAsync(claimedBefore, cancellationToken);

    private bool Dead => Died.Task.IsCompleted;

    private static async Task<bool> Hang(CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        return false;
    }
}
