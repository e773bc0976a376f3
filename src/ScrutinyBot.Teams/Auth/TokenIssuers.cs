using System.Text.RegularExpressions;

namespace ScrutinyBot.Teams.Auth;

/// <summary>The issuers the bot accepts: the Bot Connector, and Entra v1/v2 issuers of a tenant.</summary>
public static partial class TokenIssuers
{
    public const string BotFramework = "https://api.botframework.com";

    /// <summary>Reads the tenant id out of an Entra issuer (https://sts.windows.net/{tid}/ or
    /// https://login.microsoftonline.com/{tid}/v2.0).</summary>
    public static bool TryGetEntraTenant(string? issuer, out string tenantId)
    {
        var match = issuer is null ? null : EntraIssuer().Match(issuer);
        tenantId = match is { Success: true } ? match.Groups["tid"].Value : string.Empty;
        return match is { Success: true };
    }

    [GeneratedRegex(@"^https://(?:sts\.windows\.net/(?<tid>[0-9a-fA-F-]{36})/|login\.microsoftonline\.com/(?<tid>[0-9a-fA-F-]{36})/v2\.0)$")]
    private static partial Regex EntraIssuer();
}
