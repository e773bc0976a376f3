namespace ScrutinyBot.Core.Sources.ModernGov;

/// <summary>One council ModernGov site (an entry of Sources:ModernGov:Sites).</summary>
public sealed class ModernGovSiteOptions
{
    /// <summary>A short name, unique across sites (what <c>sources sync --site</c> takes). Required.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The site's root, e.g. https://democracy.kent.gov.uk; only this host is ever fetched. Required.</summary>
    public string BaseUrl { get; set; } = string.Empty;

    /// <summary>Committees to follow, by id or by part of the name. Default empty = every committee whose name contains "scrutiny".</summary>
    public IList<string> Committees { get; } = [];

    /// <summary>How many months back meetings are fetched. Default 12.</summary>
    public int LookBackMonths { get; set; } = 12;

    /// <summary>How often the site is polled in <c>serve</c> (jittered by up to a tenth). Default an hour.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Papers larger than this (bytes) are not downloaded. Default 50 MB.</summary>
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;
}
