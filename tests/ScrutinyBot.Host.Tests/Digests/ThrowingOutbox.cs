using ScrutinyBot.Core.Digests;

namespace ScrutinyBot.Host.Tests.Digests;

/// <summary>An outbox whose stale-row check throws while <paramref name="fail"/> says so, failing whole runs.</summary>
internal sealed class ThrowingOutbox(IDigestOutbox inner, Func<bool> fail) : IDigestOutbox
{
    public Task<bool> EnqueueAsync(OutboxEntry entry, DateTimeOffset? scheduledPeriod, CancellationToken cancellationToken) =>
        inner.EnqueueAsync(entry, scheduledPeriod, cancellationToken);

    public Task<IReadOnlyList<OutboxEntry>> UnsentAsync(CancellationToken cancellationToken) => inner.UnsentAsync(cancellationToken);

    public Task<OutboxEntry?> FindAsync(string subscriptionId, string period, CancellationToken cancellationToken) =>
        inner.FindAsync(subscriptionId, period, cancellationToken);

    public Task<string?> LastSettledStatusAsync(string subscriptionId, CancellationToken cancellationToken) =>
        inner.LastSettledStatusAsync(subscriptionId, cancellationToken);

    public Task<bool> ClaimAsync(string subscriptionId, string period, DateTimeOffset now, CancellationToken cancellationToken) =>
        inner.ClaimAsync(subscriptionId, period, now, cancellationToken);

    public Task MarkSentAsync(string subscriptionId, string period, string? activityId, DateTimeOffset now, CancellationToken cancellationToken) =>
        inner.MarkSentAsync(subscriptionId, period, activityId, now, cancellationToken);

    public Task MarkAsync(string subscriptionId, string period, string status, string? error, CancellationToken cancellationToken) =>
        inner.MarkAsync(subscriptionId, period, status, error, cancellationToken);

    public Task<int> ReleaseExpiredClaimsAsync(DateTimeOffset claimedBefore, CancellationToken cancellationToken) =>
        fail() ? throw new InvalidOperationException("Simulated store failure.") : inner.ReleaseExpiredClaimsAsync(claimedBefore, cancellationToken);
}
