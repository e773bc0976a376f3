using Polly;
using Polly.Timeout;

namespace ScrutinyBot.Teams.Connector;

/// <summary>Which failed Connector calls may be repeated. A POST (send, reply, create conversation) is repeated only
/// when it provably did not land: the connection was never made, 429, or a 5xx that came with Retry-After. A timeout,
/// a connection lost after sending, or a 5xx without Retry-After may have been processed, so a POST is not repeated
/// (that would post twice). Idempotent calls (PUT, DELETE, GET) are also repeated on those and on 412. Never
/// 400/401/403/404/413.</summary>
internal static class ConnectorRetryRules
{
    public static bool IsRetryable(HttpMethod? method, Outcome<HttpResponseMessage> outcome)
    {
        var idempotent = method is not null && (method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Get);
        if (outcome.Exception is { } exception)
        {
            return exception switch
            {
                HttpRequestException network => idempotent || NeverConnected(network),
                TimeoutRejectedException => idempotent,
                _ => false,
            };
        }

        return outcome.Result is { } response && (int)response.StatusCode switch
        {
            429 => true,
            412 => idempotent,
            >= 500 and <= 599 => idempotent || response.Headers.RetryAfter is not null,
            _ => false,
        };
    }

    /// <summary>False only when the request provably never reached the Connector, or the Connector said it was not
    /// processed (any answer but a 5xx without Retry-After).</summary>
    public static bool MayHaveLanded(HttpResponseMessage response) =>
        (int)response.StatusCode >= 500 && response.Headers.RetryAfter is null;

    /// <summary>The connection (or its TLS handshake, or the name lookup) failed, so no byte of the request was sent.</summary>
    public static bool NeverConnected(HttpRequestException exception) =>
        exception.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError;

    /// <summary>The wait the Connector asked for in Retry-After, if any.</summary>
    public static TimeSpan? RetryAfterOf(HttpResponseMessage? response, TimeProvider time)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? date - time.GetUtcNow() : null;
    }
}
