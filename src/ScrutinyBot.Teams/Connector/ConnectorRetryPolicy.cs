using Microsoft.Extensions.Options;

namespace ScrutinyBot.Teams.Connector;

/// <summary>When to retry a Connector call. A POST (send, reply, create conversation) is retried only when it provably
/// did not land: the connection was never made, 429, or a 5xx that came with Retry-After. A timeout, a connection
/// lost after sending, or a 5xx without Retry-After may have been processed, so a POST is not repeated (that would
/// post twice). Idempotent calls (PUT, DELETE, GET) are also retried on those and on 412. Never 400/401/403/404/413.
/// Waits Retry-After when sent, else exponential backoff with jitter, within a cap on attempts and total waiting.</summary>
public sealed class ConnectorRetryPolicy(IOptions<ConnectorOptions> options)
{
    /// <summary>The wait before the next attempt, or null to give up.</summary>
    /// <param name="attempt">The attempt that just failed, from 1.</param>
    /// <param name="statusCode">Its HTTP status; 0 when no answer came.</param>
    /// <param name="retryAfter">The Retry-After the Connector sent, if any.</param>
    /// <param name="mayHaveLanded">False only when the request provably never reached the Connector.</param>
    /// <param name="idempotent">True for PUT, DELETE and GET: repeating them cannot duplicate anything.</param>
    /// <param name="waitedSoFar">Total delay already spent on this call.</param>
    public TimeSpan? NextDelay(int attempt, int statusCode, TimeSpan? retryAfter, bool mayHaveLanded, bool idempotent, TimeSpan waitedSoFar)
    {
        var settings = options.Value;
        if (attempt >= settings.MaxAttempts || !IsRetryable(statusCode, retryAfter, mayHaveLanded, idempotent))
        {
            return null;
        }

        var delay = retryAfter is { } requested && requested > TimeSpan.Zero ? requested : Backoff(attempt, settings);
        return waitedSoFar + delay > TimeSpan.FromMilliseconds(settings.MaxTotalDelayMilliseconds) ? null : delay;
    }

    private static bool IsRetryable(int statusCode, TimeSpan? retryAfter, bool mayHaveLanded, bool idempotent) => statusCode switch
    {
        0 => idempotent || !mayHaveLanded,
        429 => true,
        412 => idempotent,
        >= 500 and <= 599 => idempotent || retryAfter is not null,
        _ => false,
    };

    private static TimeSpan Backoff(int attempt, ConnectorOptions settings)
    {
        var exponential = settings.BaseDelayMilliseconds * Math.Pow(2, attempt - 1);
        var capped = Math.Min(exponential, settings.MaxDelayMilliseconds);
        var jittered = capped * (0.5 + (Random.Shared.NextDouble() * 0.5));
        return TimeSpan.FromMilliseconds(jittered);
    }
}
