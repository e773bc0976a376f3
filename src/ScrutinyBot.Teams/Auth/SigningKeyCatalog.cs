using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ScrutinyBot.Teams.Auth;

/// <summary>One <see cref="OpenIdKeyCache"/> per metadata URL (Bot Connector, and each allowed Entra tenant), capped
/// so that tokens naming many tenants cannot grow it without bound.</summary>
public sealed class SigningKeyCatalog(IHttpClientFactory httpClients, TimeProvider time, ILogger<OpenIdKeyCache> logger)
{
    public const int MaxSources = 64;

    private readonly ConcurrentDictionary<string, OpenIdKeyCache> _caches = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The cache for a metadata URL, or null when the catalog is full.</summary>
    public OpenIdKeyCache? For(string metadataUrl)
    {
        if (_caches.TryGetValue(metadataUrl, out var cache))
        {
            return cache;
        }

        return _caches.Count >= MaxSources
            ? null
            : _caches.GetOrAdd(metadataUrl, url => new OpenIdKeyCache(url, httpClients, time, logger));
    }
}
