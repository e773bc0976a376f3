namespace ScrutinyBot.Core.Sources.ModernGov;

/// <summary>Settings of the Sources:ModernGov section: the council ModernGov sites to follow. Empty (default) = off.</summary>
public sealed class ModernGovOptions
{
    public const string SectionName = "Sources:ModernGov";

    /// <summary>The sites to sync. Default none: no polling.</summary>
    public IList<ModernGovSiteOptions> Sites { get; } = [];

    /// <summary>The User-Agent sent with every request. Default names the bot.</summary>
    public string UserAgent { get; set; } = "ScrutinyBot/1.0 (council scrutiny papers; ModernGov web service)";

    /// <summary>The longest a 429/503 Retry-After is honoured before the sync gives up on the request. Default 2 minutes.</summary>
    public TimeSpan MaxRetryWait { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many times a 429/503 is retried. Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>How long a host's claim on a site lasts (the source_leases row in the store) before another host
    /// sharing the store may take the site over; renewed after each paper and meeting. Default 10 minutes.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Returns null when every site is usable, else the problem in one line.</summary>
    public string? Problem()
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var site in Sites)
        {
            if (string.IsNullOrWhiteSpace(site.Name) || !names.Add(site.Name))
            {
                return "Sources:ModernGov:Sites: every site needs a Name, unique across sites.";
            }

            if (!Uri.TryCreate(site.BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                return $"Sources:ModernGov:Sites '{site.Name}': BaseUrl must be an absolute http(s) address such as https://democracy.example.gov.uk.";
            }

            if (site.LookBackMonths is < 1 or > 120 || site.MaxFileBytes < 1 || site.PollInterval < TimeSpan.FromMinutes(1))
            {
                return $"Sources:ModernGov:Sites '{site.Name}': LookBackMonths 1-120, MaxFileBytes above 0, PollInterval at least a minute.";
            }
        }

        if (LeaseDuration < TimeSpan.FromSeconds(30))
        {
            return "Sources:ModernGov:LeaseDuration must be at least 30 seconds.";
        }

        return MaxRetries is < 0 or > 10 ? "Sources:ModernGov:MaxRetries must be 0-10." : null;
    }
}
