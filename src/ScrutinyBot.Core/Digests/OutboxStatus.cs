namespace ScrutinyBot.Core.Digests;

/// <summary>The states of a digest outbox row.</summary>
/// <remarks>pending → sending → sent; sending → failed (provably not posted) → (next tick) sending; sending → gone
/// (403/404, subscription paused); sending → unknown (Teams did not confirm: timeout, connection lost after sending,
/// 5xx without Retry-After). A row left in "sending" by a host that stopped mid-post goes back to "pending" once its lease
/// (Digests:OutboxLease) has passed, and the next instance to claim it posts it. An unknown
/// row is never sent again (a double post is worse than a late one): the cursor did not move, so the next digest repeats
/// its items and says the previous one may already have been posted.</remarks>
public static class OutboxStatus
{
    public const string Pending = "pending";
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string Failed = "failed";
    public const string Empty = "empty";
    public const string Gone = "gone";
    public const string Unknown = "unknown";
    public const string Abandoned = "abandoned";
}
