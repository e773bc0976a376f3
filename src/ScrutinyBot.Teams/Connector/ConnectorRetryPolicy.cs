using Microsoft.Extensions.Options;

namespace ScrutinyBot.Teams.Connector;

/// <summary>When to retry a Connector call: 429, 412, 500, 502, 503, 504 and no answer at all (network error,
/// timeout); never 400/401/403/404/413. Waits Retry-After when sent, else exponential backoff with jitter, within
/// a cap on attempts and on total waiting.</summary>
public sealed class ConnectorRetryPolicy(IOptions<ConnectorOptions> options)
{
    private static readonly int[] RetryableStatuses = [0, 412, 429, 500, 502, 503, 504];

    /// <summary>The wait before the next attempt, or null to give up.</summary>
    /// <param name="attempt">The attempt that just failed, from 1.</param>
    public TimeSpan? NextDelay(int attempt, int statusCode, TimeSpan? retryAfter, TimeSpan waitedSoFar)
    {
        var settings = options.Value;
        if (attempt >= settings.MaxAttempts || !RetryableStatuses.Contains(statusCode))
        {
            return null;
        }

        var delay = retryAfter is { } requested && requested > TimeSpan.Zero ? requested : Backoff(attempt, settings);
        return waitedSoFar + delay > TimeSpan.FromMilliseconds(settings.MaxTotalDelayMilliseconds) ? null : delay;
    }

    private static TimeSpan Backoff(int attempt, ConnectorOptions settings)
    {
        var exponential = settings.BaseDelayMilliseconds * Math.Pow(2, attempt - 1);
        var capped = Math.Min(exponential, settings.MaxDelayMilliseconds);
        var jittered = capped * (0.5 + (Random.Shared.NextDouble() * 0.5));
        return TimeSpan.FromMilliseconds(jittered);
    }
}
