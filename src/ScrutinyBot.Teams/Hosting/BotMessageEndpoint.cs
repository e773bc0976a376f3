using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ScrutinyBot.Teams.Auth;
using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Teams.Hosting;

/// <summary>POST /api/messages: JSON only (415), size limit (413), parse (400), authenticate (401), run the turn, then answer:
/// expectReplies with <c>{"activities":[…]}</c>, an invoke with its response (501 when the bot set none), anything
/// else 200 with an empty body.</summary>
public sealed partial class BotMessageEndpoint(
    BotAdapter adapter,
    BotAuthenticator authenticator,
    IOptions<BotOptions> options,
    ILogger<BotMessageEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var cancellationToken = http.RequestAborted;
        var header = http.Request.Headers.Authorization.ToString();
        var remote = http.Connection.RemoteIpAddress;
        var forwarded = ForwardingHeaders.AnyIn(http.Request.Headers);
        if (string.IsNullOrEmpty(header) && !authenticator.AllowsAnonymous(remote, forwarded))
        {
            LogUnauthorized(logger, null, "no token");
            return Results.Unauthorized();
        }

        if (!http.Request.HasJsonContentType())
        {
            return Results.Problem(
                detail: "Send the activity as application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");
        }

        var body = await ActivityRequestReader.ReadAsync(http.Request, options.Value.MaxRequestBytes, cancellationToken).ConfigureAwait(false);
        if (body.Problem is { } problem)
        {
            return problem;
        }

        var activity = body.Activity!;
        var request = new BotAuthenticationRequest(header, activity.ServiceUrl, activity.ChannelId, TenantOf(activity), remote, forwarded);
        var auth = await authenticator.AuthenticateAsync(request, cancellationToken).ConfigureAwait(false);
        if (!auth.Succeeded)
        {
            LogUnauthorized(logger, activity.Id, auth.Reason);
            return Results.Unauthorized();
        }

        var turn = await adapter.ProcessActivityAsync(activity, cancellationToken).ConfigureAwait(false);
        if (turn.ExpectReplies)
        {
            return Results.Json(new ExpectedReplies(turn.BufferedReplies), ProtocolJson.Options);
        }

        if (activity.IsType(ActivityTypes.Invoke))
        {
            return turn.InvokeResponse is { } response
                ? (response.Body is null ? Results.StatusCode(response.Status) : Results.Json(response.Body, ProtocolJson.Options, statusCode: response.Status))
                : Results.StatusCode(StatusCodes.Status501NotImplemented);
        }

        return Results.Ok();
    }

    private static string? TenantOf(Activity activity)
    {
        if (!string.IsNullOrEmpty(activity.Conversation?.TenantId))
        {
            return activity.Conversation.TenantId;
        }

        return activity.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
            && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
    }

    [LoggerMessage(EventId = 4401, Level = LogLevel.Warning, Message = "Refused activity {ActivityId}: {Reason}")]
    private static partial void LogUnauthorized(ILogger logger, string? activityId, string? reason);
}
