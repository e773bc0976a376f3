namespace ScrutinyBot.Host.Packaging;

/// <summary>Who publishes the Teams app (section "TeamsApp"), written into the manifest by `package`. There are no
/// placeholder defaults: `package` stops and names each setting still empty; serving the bot needs none of them.</summary>
public sealed class TeamsAppOptions
{
    public const string SectionName = "TeamsApp";

    /// <summary>The publisher's name shown in Teams (the council or its supplier). Default empty.</summary>
    public string DeveloperName { get; set; } = string.Empty;

    /// <summary>The publisher's website (https). Default empty.</summary>
    public string WebsiteUrl { get; set; } = string.Empty;

    /// <summary>The app's privacy statement (https). Default empty.</summary>
    public string PrivacyUrl { get; set; } = string.Empty;

    /// <summary>The app's terms of use (https). Default empty.</summary>
    public string TermsOfUseUrl { get; set; } = string.Empty;

    /// <summary>The manifest placeholders these settings fill, and each setting's name.</summary>
    public IEnumerable<(string Placeholder, string Setting, string Value, bool IsUrl)> Placeholders() =>
    [
        ("DEVELOPER_NAME", $"{SectionName}:{nameof(DeveloperName)}", DeveloperName, false),
        ("DEVELOPER_WEBSITE_URL", $"{SectionName}:{nameof(WebsiteUrl)}", WebsiteUrl, true),
        ("PRIVACY_URL", $"{SectionName}:{nameof(PrivacyUrl)}", PrivacyUrl, true),
        ("TERMS_OF_USE_URL", $"{SectionName}:{nameof(TermsOfUseUrl)}", TermsOfUseUrl, true),
    ];

    /// <summary>What is missing or wrong, one line per setting; empty when the app can be packaged.</summary>
    public IReadOnlyList<string> Problems() =>
    [
        .. Placeholders()
            .Where(p => string.IsNullOrWhiteSpace(p.Value)
                || (p.IsUrl && !(Uri.TryCreate(p.Value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)))
            .Select(p => p.IsUrl ? $"{p.Setting} must be an https URL" : $"{p.Setting} must be set"),
    ];
}
