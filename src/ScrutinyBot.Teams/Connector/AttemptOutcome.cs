using System.Text.Json;

namespace ScrutinyBot.Teams.Connector;

/// <summary>What one HTTP attempt of a Connector call gave. StatusCode 0 = no HTTP answer.</summary>
internal sealed record AttemptOutcome(bool Succeeded, int StatusCode, JsonElement? Body, string? ErrorCode, TimeSpan? RetryAfter, Exception? Failure)
{
    public static AttemptOutcome Success(int statusCode, JsonElement? body) => new(true, statusCode, body, null, null, null);

    public static AttemptOutcome Failed(int statusCode, string? errorCode, TimeSpan? retryAfter, Exception? failure) =>
        new(false, statusCode, null, errorCode, retryAfter, failure);
}
