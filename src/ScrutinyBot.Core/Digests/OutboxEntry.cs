namespace ScrutinyBot.Core.Digests;

/// <summary>One digest to post exactly once: a subscription's period (a scheduled occurrence, or "manual:..." for
/// "digest now") with the digest frozen as composed, so a retry posts the same content.</summary>
public sealed record OutboxEntry(
    string SubscriptionId,
    string Period,
    DigestTarget Target,
    Digest Digest,
    string Status,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt,
    string? ActivityId,
    string? LastError);
