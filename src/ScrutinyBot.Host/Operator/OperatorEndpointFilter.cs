using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using ScrutinyBot.Teams.Auth;
using ScrutinyBot.Teams.Connector;
using ScrutinyBot.Teams.Hosting;

namespace ScrutinyBot.Host.Operator;

/// <summary>Guards operator endpoints. A caller that is not on loopback, or that came through a proxy (any forwarding
/// header), gets 404 as if the endpoint did not exist; a browser request from another origin gets 403; a body that
/// is not declared application/json gets 415 (so no HTML form or "simple" cross-origin request gets through); and,
/// unless the bot is in the anonymous-loopback development mode that /api/messages also uses (no Bot:AppId,
/// Bot:AllowAnonymousLoopback on, logged as a warning at startup), a call without <c>Authorization: Bearer
/// Operator:ApiKey</c> gets 401.</summary>
public sealed partial class OperatorEndpointFilter(
    BotAuthenticator authenticator,
    IOptions<OperatorOptions> options,
    ILogger<OperatorEndpointFilter> logger) : IEndpointFilter
{
    private const string Scheme = "Bearer ";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var request = http.Request;
        if (!LoopbackAddress.IsLoopback(http.Connection.RemoteIpAddress) || ForwardingHeaders.AnyIn(request.Headers))
        {
            LogRefused(logger, request.Path, "not a direct loopback caller");
            return Results.NotFound();
        }

        if (IsCrossOrigin(request))
        {
            LogRefused(logger, request.Path, "cross-origin request");
            return Results.Problem(detail: "Operator endpoints do not accept browser requests from other origins.", statusCode: StatusCodes.Status403Forbidden);
        }

        if (!request.HasJsonContentType())
        {
            LogRefused(logger, request.Path, "not application/json");
            return Results.Problem(detail: "Send operator requests with Content-Type: application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        if (!authenticator.AllowsAnonymous(http.Connection.RemoteIpAddress, hasForwardingHeaders: false) && !HasKey(request))
        {
            LogRefused(logger, request.Path, "no valid operator key");
            return Results.Unauthorized();
        }

        return await next(context).ConfigureAwait(false);
    }

    private bool HasKey(HttpRequest request)
    {
        var key = options.Value.ApiKey;
        var header = request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(key) || !header.StartsWith(Scheme, StringComparison.Ordinal))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[Scheme.Length..]), Encoding.UTF8.GetBytes(key));
    }

    /// <summary>A browser names the page's origin in Origin (and says cross-site in Sec-Fetch-Site); a request made by a
    /// page on another origin than this host's own is refused. Command-line clients send neither.</summary>
    private static bool IsCrossOrigin(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && !string.Equals(site, "same-origin", StringComparison.OrdinalIgnoreCase) && !string.Equals(site, "none", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0
            && !string.Equals(origin, $"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase);
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "Operator request to {Path} refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string path, string reason);
}
