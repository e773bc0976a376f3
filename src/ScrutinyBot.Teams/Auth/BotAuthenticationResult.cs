using System.Security.Claims;

namespace ScrutinyBot.Teams.Auth;

/// <summary>The outcome of inbound authentication. <see cref="Reason"/> is for logs only, never for the caller.</summary>
public sealed record BotAuthenticationResult(bool Succeeded, bool IsAnonymous, string? Reason, ClaimsIdentity? Identity)
{
    public static BotAuthenticationResult Anonymous { get; } = new(true, true, null, null);

    public static BotAuthenticationResult Fail(string reason) => new(false, false, reason, null);

    public static BotAuthenticationResult Success(ClaimsIdentity identity) => new(true, false, null, identity);
}
