using ScrutinyBot.Core.Digests;

namespace ScrutinyBot.Core.Tests.Digests;

/// <summary>An outbox that "crashes the host" (throws) at a chosen step, to test restarts.</summary>
internal sealed class CrashingOutbox(IDigestOutbox inner) : IDigestOutbox
{
    public bool CrashOnClaim { get; init; }

    public bool CrashOnMarkSent { get; init; }

    public Task<bool> EnqueueAsync(OutboxEntry entry, DateTimeOffset? scheduledPeriod, CancellationToken cancellationToken) =>
        inner.EnqueueAsync(entry, scheduledPeriod, cancellationToken);

    public Task<IReadOnlyList<OutboxEntry>> UnsentAsync(CancellationToken cancellationToken) => inner.UnsentAsync(cancellationToken);

    public Task<OutboxEntry?> FindAsync(string subscriptionId, string period, CancellationToken cancellationToken) =>
        inner.FindAsync(subscriptionId, period, cancellationToken);

    public Task<string?> LastSettledStatusAsync(string subscriptionId, CancellationToken cancellationToken) =>
        inner.LastSettledStatusAsync(subscriptionId, cancellationToken);

    public Task<bool> ClaimAsync(string subscriptionId, string period, DateTimeOffset now, CancellationToken cancellationToken) =>
        CrashOnClaim ? throw new HostCrashedException() : inner.ClaimAsync(subscriptionId, period, now, cancellationToken);

    public Task MarkSentAsync(string subscriptionId, string period, string? activityId, DateTimeOffset now, CancellationToken cancellationToken) =>
        CrashOnMarkSent ? throw new HostCrashedException() : inner.MarkSentAsync(subscriptionId, period, activityId, now, cancellationToken);

    public Task MarkAsync(string subscriptionId, string period, string status, string? error, CancellationToken cancellationToken) =>
        inner.MarkAsync(subscriptionId, period, status, error, cancellationToken);

    public Task<int> ReleaseExpiredClaimsAsync(DateTimeOffset claimedBefore, CancellationToken cancellationToken) =>
        inner.ReleaseExpiredClaimsAsync(claimedBefore, cancellationToken);
}
