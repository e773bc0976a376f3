namespace ScrutinyBot.Core.Digests;

public enum DigestPostOutcome
{
    /// <summary>Teams confirmed the post (2xx).</summary>
    Posted,

    /// <summary>The bot can no longer post there (403/404, or a refused serviceUrl): the subscription is paused.</summary>
    Gone,

    /// <summary>The post provably did not land (connection refused, 429, 4xx, 5xx with Retry-After): retried later.</summary>
    Failed,

    /// <summary>The post may have landed (timeout, connection lost after sending, 5xx without Retry-After): never
    /// re-sent; the next digest repeats its items and says the previous one may already have been posted.</summary>
    Unknown,
}
