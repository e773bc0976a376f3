using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Teams.Connector;

/// <summary>The Bot Connector v3 REST client over the named HttpClient <see cref="HttpClientName"/>: allow-listed
/// serviceUrls only, retries with <see cref="ConnectorRetryPolicy"/> (a POST only when it provably did not land), a
/// timeout per attempt.</summary>
public sealed partial class ConnectorClient(
    IHttpClientFactory httpClients,
    IBotTokenProvider tokens,
    ServiceUrlPolicy serviceUrls,
    ConnectorRetryPolicy retries,
    IOptions<ConnectorOptions> options,
    TimeProvider time,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    public const string HttpClientName = "BotConnector";

    public async Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var path = $"v3/conversations/{Escape(conversationId)}/activities";
        return ToResource(await SendAsync(HttpMethod.Post, serviceUrl, path, activity, activity.Id, cancellationToken).ConfigureAwait(false));
    }

    public async Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.ReplyToId ??= replyToId;
        var path = $"v3/conversations/{Escape(conversationId)}/activities/{Escape(replyToId)}";
        return ToResource(await SendAsync(HttpMethod.Post, serviceUrl, path, activity, replyToId, cancellationToken).ConfigureAwait(false));
    }

    public async Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var path = $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}";
        return ToResource(await SendAsync(HttpMethod.Put, serviceUrl, path, activity, activityId, cancellationToken).ConfigureAwait(false));
    }

    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var path = $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}";
        await SendAsync(HttpMethod.Delete, serviceUrl, path, null, activityId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var body = await SendAsync(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, parameters.Activity?.Id, cancellationToken).ConfigureAwait(false);
        return body is { ValueKind: JsonValueKind.Object } element
            ? element.Deserialize<ConversationResourceResponse>(ProtocolJson.Options) ?? new ConversationResourceResponse()
            : new ConversationResourceResponse();
    }

    private async Task<JsonElement?> SendAsync(HttpMethod method, string serviceUrl, string path, object? body, string? activityId, CancellationToken cancellationToken)
    {
        var trust = serviceUrls.Evaluate(serviceUrl);
        if (trust == ServiceUrlTrust.Refused)
        {
            LogServiceUrlRefused(logger, serviceUrl, activityId);
            throw new ConnectorException(0, ConnectorException.ServiceUrlNotAllowed, "The serviceUrl is not on the allow-list.");
        }

        var uri = new Uri(serviceUrl.EndsWith('/') ? serviceUrl + path : serviceUrl + "/" + path);
        var token = trust == ServiceUrlTrust.WithToken ? await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false) : null;
        var payload = body is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ProtocolJson.Options);
        var http = httpClients.CreateClient(HttpClientName);
        var waited = TimeSpan.Zero;
        for (var attempt = 1; ; attempt++)
        {
            var outcome = await TryOnceAsync(http, method, uri, token, payload, cancellationToken).ConfigureAwait(false);
            if (outcome.Succeeded)
            {
                return outcome.Body;
            }

            var delay = retries.NextDelay(attempt, outcome.StatusCode, outcome.RetryAfter, outcome.MayHaveLanded, IsIdempotent(method), waited);
            if (delay is null)
            {
                LogCallFailed(logger, method.Method, uri.AbsolutePath, activityId, outcome.StatusCode, outcome.ErrorCode, attempt, outcome.MayHaveLanded, outcome.Failure);
                throw new ConnectorException(
                    outcome.StatusCode, outcome.ErrorCode, $"The Connector call failed with status {outcome.StatusCode}.", outcome.Failure, outcome.MayHaveLanded);
            }

            LogRetrying(logger, method.Method, uri.AbsolutePath, activityId, outcome.StatusCode, attempt, delay.Value.TotalMilliseconds, outcome.Failure);
            await Task.Delay(delay.Value, time, cancellationToken).ConfigureAwait(false);
            waited += delay.Value;
        }
    }

    private async Task<AttemptOutcome> TryOnceAsync(HttpClient http, HttpMethod method, Uri uri, string? token, byte[]? payload, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri);
        if (payload is not null)
        {
            request.Content = new ByteArrayContent(payload);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(options.Value.RequestTimeoutSeconds), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
            var body = await ReadJsonAsync(response, linked.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode
                ? AttemptOutcome.Success(status, body)
                : AttemptOutcome.Answered(status, ErrorCodeOf(body), RetryAfterOf(response));
        }
        catch (HttpRequestException ex)
        {
            return AttemptOutcome.NoAnswer("NetworkError", !NeverConnected(ex), ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return AttemptOutcome.NoAnswer("Timeout", mayHaveLanded: true, ex);
        }
    }

    /// <summary>The connection (or its TLS handshake, or the name lookup) failed, so no byte of the request was sent.</summary>
    private static bool NeverConnected(HttpRequestException exception) =>
        exception.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError;

    private static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Get;

    private TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? date - time.GetUtcNow() : null;
    }

    private static async Task<JsonElement?> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (bytes.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<JsonElement>(bytes);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? ErrorCodeOf(JsonElement? body) =>
        body is { ValueKind: JsonValueKind.Object } element
        && element.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
        && error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
            ? code.GetString()
            : null;

    private static ResourceResponse ToResource(JsonElement? body) =>
        body is { ValueKind: JsonValueKind.Object } element && element.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? new ResourceResponse(id.GetString()!)
            : ResourceResponse.Empty;

    private static string Escape(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return Uri.EscapeDataString(id);
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Connector call refused: serviceUrl {ServiceUrl} is not trusted (activity {ActivityId})")]
    private static partial void LogServiceUrlRefused(ILogger logger, string serviceUrl, string? activityId);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Connector {Method} {Path} for activity {ActivityId} got {StatusCode} on attempt {Attempt}; retrying in {DelayMs} ms")]
    private static partial void LogRetrying(ILogger logger, string method, string path, string? activityId, int statusCode, int attempt, double delayMs, Exception? exception);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Error, Message = "Connector {Method} {Path} for activity {ActivityId} failed with {StatusCode} {ErrorCode} after {Attempts} attempt(s); may have landed: {MayHaveLanded}")]
    private static partial void LogCallFailed(ILogger logger, string method, string path, string? activityId, int statusCode, string? errorCode, int attempts, bool mayHaveLanded, Exception? exception);
}
