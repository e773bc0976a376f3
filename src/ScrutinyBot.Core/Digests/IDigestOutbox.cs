namespace ScrutinyBot.Core.Digests;

/// <summary>The exactly-once outbox: a row per (subscription, period) written before sending.</summary>
public interface IDigestOutbox
{
    /// <summary>Writes the row unless one exists for the same subscription and period, and in the same transaction
    /// moves the subscription's ingestion cursor to <paramref name="cursor"/> and, for a scheduled period, its last period.</summary>
    /// <returns>False when the row already existed (nothing changed).</returns>
    Task<bool> EnqueueAsync(OutboxEntry entry, DateTimeOffset cursor, DateTimeOffset? scheduledPeriod, CancellationToken cancellationToken);

    /// <summary>Rows still to send (pending or failed), oldest first.</summary>
    Task<IReadOnlyList<OutboxEntry>> UnsentAsync(CancellationToken cancellationToken);

    Task<OutboxEntry?> FindAsync(string subscriptionId, string period, CancellationToken cancellationToken);

    /// <summary>Atomically moves a pending or failed row to "sending"; false when another run holds or finished it.</summary>
    Task<bool> ClaimAsync(string subscriptionId, string period, DateTimeOffset now, CancellationToken cancellationToken);

    Task MarkSentAsync(string subscriptionId, string period, string? activityId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records a failed attempt or a final state (failed, gone, abandoned) with a short reason.</summary>
    Task MarkAsync(string subscriptionId, string period, string status, string? error, CancellationToken cancellationToken);

    /// <summary>Rows claimed before <paramref name="claimedBefore"/> and still "sending" belong to a host that stopped
    /// mid-send: they become "unknown" and are not sent again.</summary>
    Task<int> ExpireStaleSendingAsync(DateTimeOffset claimedBefore, CancellationToken cancellationToken);
}
