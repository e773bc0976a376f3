namespace ScrutinyBot.Core.Digests;

/// <summary>The states of a digest outbox row.</summary>
/// <remarks>pending → sending → sent; sending → failed → (next tick) sending; sending → gone (403/404, subscription
/// paused). A row left in "sending" by a host that stopped mid-send becomes "unknown" and is not sent again: the post
/// may have reached Teams before the host stopped, and a missing digest is preferred to a double one.</remarks>
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
