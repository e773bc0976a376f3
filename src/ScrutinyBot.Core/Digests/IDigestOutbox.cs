namespace ScrutinyBot.Core.Digests;

/// <summary>The exactly-once outbox: a row per (subscription, period) written before sending. A row's created_at is
/// the ingestion cursor its digest was composed up to; the subscription's cursor moves to it only when Teams confirms
/// the post, so what an unknown, failed, gone or abandoned digest held is carried into the next one.</summary>
public interface IDigestOutbox
{
    /// <summary>Writes the row unless one exists for the same subscription and period, and in the same transaction
    /// moves a scheduled period's last period (the schedule, not the cursor). An empty row (nothing to post) also
    /// moves the ingestion cursor to its created_at, as nothing in it can be lost.</summary>
    /// <returns>False when the row already existed (nothing changed).</returns>
    Task<bool> EnqueueAsync(OutboxEntry entry, DateTimeOffset? scheduledPeriod, CancellationToken cancellationToken);

    /// <summary>Rows still to send (pending or failed), oldest first.</summary>
    Task<IReadOnlyList<OutboxEntry>> UnsentAsync(CancellationToken cancellationToken);

    Task<OutboxEntry?> FindAsync(string subscriptionId, string period, CancellationToken cancellationToken);

    /// <summary>The status of the subscription's latest row that reached an end (sent, unknown, gone, abandoned), or
    /// null when none has.</summary>
    Task<string?> LastSettledStatusAsync(string subscriptionId, CancellationToken cancellationToken);

    /// <summary>Atomically moves a pending or failed row to "sending"; false when another run holds or finished it.</summary>
    Task<bool> ClaimAsync(string subscriptionId, string period, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Marks the row sent and, in the same transaction, moves the subscription's ingestion cursor to the
    /// row's created_at (never backwards).</summary>
    Task MarkSentAsync(string subscriptionId, string period, string? activityId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records a failed attempt or a final state (failed, gone, unknown, abandoned) with a short reason.</summary>
    Task MarkAsync(string subscriptionId, string period, string status, string? error, CancellationToken cancellationToken);

    /// <summary>Rows claimed before <paramref name="claimedBefore"/> (the lease) and still "sending" belong to an
    /// instance that stopped before Teams confirmed the post: they go back to "pending" (attempts kept, so a row that
    /// keeps stopping hosts is abandoned after <see cref="DigestRunner.MaxAttempts"/>) for any instance to claim.</summary>
    /// <returns>How many rows were taken back.</returns>
    Task<int> ReleaseExpiredClaimsAsync(DateTimeOffset claimedBefore, CancellationToken cancellationToken);
}
