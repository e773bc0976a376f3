using System.ComponentModel.DataAnnotations;

namespace ScrutinyBot.Teams.Hosting;

/// <summary>The bot's identity and trust settings (section "Bot").</summary>
public sealed class BotOptions : IValidatableObject
{
    public const string SectionName = "Bot";
    public const string SingleTenant = "SingleTenant";
    public const string MultiTenant = "MultiTenant";

    /// <summary>The Entra app (client) id of the bot. Empty = no credentials: only the anonymous loopback mode works.</summary>
    public string AppId { get; set; } = string.Empty;

    /// <summary>The app's client secret, for outbound Connector tokens.</summary>
    public string AppPassword { get; set; } = string.Empty;

    /// <summary>The app's home tenant; required for SingleTenant.</summary>
    public string AppTenantId { get; set; } = string.Empty;

    /// <summary>SingleTenant (default) or MultiTenant (legacy: tokens from the botframework.com tenant).</summary>
    [RegularExpression("^(SingleTenant|MultiTenant)$")]
    public string AppType { get; set; } = SingleTenant;

    /// <summary>Accept requests without a token when AppId is empty and the caller is on loopback without
    /// forwarding headers (the Agents Playground, tests). Default false.</summary>
    public bool AllowAnonymousLoopback { get; set; }

    /// <summary>When not empty, only these tenant ids may talk to the bot.</summary>
    public string[] AllowedTenants { get; set; } = [];

    /// <summary>Bot Connector OpenID metadata (signing keys of Bot Service tokens).</summary>
    [Required]
    [Url]
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Entra authority base, for Entra-issued tokens' keys and outbound tokens. Default
    /// https://login.microsoftonline.com.</summary>
    [Required]
    [Url]
    public string AuthorityBase { get; set; } = "https://login.microsoftonline.com";

    /// <summary>Exact hosts (https only) that may receive the bot's token as a serviceUrl.</summary>
    public string[] AllowedServiceUrlHosts { get; set; } = [];

    /// <summary>The local Agents Playground's mock Connector; also trusted with the token.</summary>
    public string PlaygroundServiceUrl { get; set; } = string.Empty;

    /// <summary>Largest accepted POST /api/messages body, bytes. Default 262144 (256 KB).</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    public bool HasAppId => !string.IsNullOrWhiteSpace(AppId);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (HasAppId && AppType == SingleTenant && string.IsNullOrWhiteSpace(AppTenantId))
        {
            yield return new ValidationResult("Bot:AppTenantId is required for a SingleTenant bot.", [nameof(AppTenantId)]);
        }
    }
}
