using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly.Timeout;
using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Teams.Connector;

/// <summary>The Bot Connector v3 REST client over the named HttpClient <see cref="HttpClientName"/>: allow-listed
/// serviceUrls only; retries (a POST only when it provably did not land) and a timeout per attempt come from the
/// client's resilience pipeline, <see cref="ConnectorResilience"/>.</summary>
public sealed partial class ConnectorClient(
    IHttpClientFactory httpClients,
    IBotTokenProvider tokens,
    ServiceUrlPolicy serviceUrls,
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
        using var request = new HttpRequestMessage(method, uri);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ProtocolJson.Options));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        // Retries, backoff and the per-attempt timeout are the HttpClient's resilience pipeline (ConnectorResilience).
        var http = httpClients.CreateClient(HttpClientName);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            var json = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return json;
            }

            throw Failed(method, uri, activityId, (int)response.StatusCode, ErrorCodeOf(json), ConnectorRetryRules.MayHaveLanded(response), null);
        }
        catch (HttpRequestException ex)
        {
            throw Failed(method, uri, activityId, 0, "NetworkError", !ConnectorRetryRules.NeverConnected(ex), ex);
        }
        catch (Exception ex) when (ex is TimeoutRejectedException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw Failed(method, uri, activityId, 0, "Timeout", mayHaveLanded: true, ex);
        }
    }

    private ConnectorException Failed(HttpMethod method, Uri uri, string? activityId, int statusCode, string? errorCode, bool mayHaveLanded, Exception? failure)
    {
        LogCallFailed(logger, method.Method, uri.AbsolutePath, activityId, statusCode, errorCode, mayHaveLanded, failure);
        return new ConnectorException(statusCode, errorCode, $"The Connector call failed with status {statusCode}.", failure, mayHaveLanded);
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

    [LoggerMessage(EventId = 4103, Level = LogLevel.Error, Message = "Connector {Method} {Path} for activity {ActivityId} failed with {StatusCode} {ErrorCode}; may have landed: {MayHaveLanded}")]
    private static partial void LogCallFailed(ILogger logger, string method, string path, string? activityId, int statusCode, string? errorCode, bool mayHaveLanded, Exception? exception);
}
