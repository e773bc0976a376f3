using System.Net;

namespace ScrutinyBot.Teams.Auth;

/// <summary>What inbound authentication looks at: the Authorization header, the activity's claims to check against
/// the token, and where the request came from.</summary>
public sealed record BotAuthenticationRequest(
    string? AuthorizationHeader,
    string? ServiceUrl,
    string? ChannelId,
    string? TenantId,
    IPAddress? RemoteAddress,
    bool HasForwardingHeaders);
