using System.Text.Json;

namespace ScrutinyBot.Teams.Connector;

/// <summary>What one HTTP attempt of a Connector call gave. StatusCode 0 = no HTTP answer; <see cref="MayHaveLanded"/>
/// is false only when the request provably never reached the Connector (the connection was never made).</summary>
internal sealed record AttemptOutcome(
    bool Succeeded, int StatusCode, JsonElement? Body, string? ErrorCode, TimeSpan? RetryAfter, bool MayHaveLanded, Exception? Failure)
{
    public static AttemptOutcome Success(int statusCode, JsonElement? body) => new(true, statusCode, body, null, null, true, null);

    /// <summary>An HTTP answer other than 2xx: a 5xx without Retry-After may have been processed before it failed.</summary>
    public static AttemptOutcome Answered(int statusCode, string? errorCode, TimeSpan? retryAfter) =>
        new(false, statusCode, null, errorCode, retryAfter, statusCode >= 500 && retryAfter is null, null);

    public static AttemptOutcome NoAnswer(string errorCode, bool mayHaveLanded, Exception failure) =>
        new(false, 0, null, errorCode, null, mayHaveLanded, failure);
}
