using System.Net;
using Microsoft.Extensions.Options;
using ScrutinyBot.Teams.Connector;
using ScrutinyBot.Teams.Hosting;

namespace ScrutinyBot.Teams.Auth;

/// <summary>Inbound authentication for POST /api/messages. A request without a token passes only in the anonymous
/// loopback mode (no app id, Bot:AllowAnonymousLoopback on, a loopback caller without forwarding headers); a token,
/// when sent, is always validated.</summary>
public sealed class BotAuthenticator(IOptions<BotOptions> options, BotTokenValidator tokens)
{
    private const string Scheme = "Bearer ";

    /// <summary>True when a request from this caller may come without a token.</summary>
    public bool AllowsAnonymous(IPAddress? remoteAddress, bool hasForwardingHeaders)
    {
        var bot = options.Value;
        return !bot.HasAppId && bot.AllowAnonymousLoopback && !hasForwardingHeaders && LoopbackAddress.IsLoopback(remoteAddress);
    }

    public async Task<BotAuthenticationResult> AuthenticateAsync(BotAuthenticationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.AuthorizationHeader;
        if (string.IsNullOrEmpty(header))
        {
            return AllowsAnonymous(request.RemoteAddress, request.HasForwardingHeaders)
                ? BotAuthenticationResult.Anonymous
                : BotAuthenticationResult.Fail("no token");
        }

        if (!header.StartsWith(Scheme, StringComparison.Ordinal) || header.Length == Scheme.Length)
        {
            return BotAuthenticationResult.Fail("Authorization header is not 'Bearer <token>'");
        }

        return await tokens.ValidateAsync(header[Scheme.Length..], request, cancellationToken).ConfigureAwait(false);
    }
}
