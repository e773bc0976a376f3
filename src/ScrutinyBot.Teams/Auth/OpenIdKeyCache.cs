using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using ScrutinyBot.Teams.Connector;

namespace ScrutinyBot.Teams.Auth;

/// <summary>The signing keys behind one OpenID metadata document: fetched on first use, refreshed every
/// <see cref="RefreshInterval"/>, and at once when a token names an unknown key id (at most once per
/// <see cref="ForcedRefreshInterval"/>, so random key ids cannot make us hammer the issuer).</summary>
public sealed partial class OpenIdKeyCache
{
    public const string HttpClientName = "BotOpenIdMetadata";
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromHours(12);
    public static readonly TimeSpan ForcedRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly string _metadataUrl;
    private readonly IHttpClientFactory _httpClients;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IReadOnlyDictionary<string, SigningKey>? _keys;
    private DateTimeOffset _fetchedAt;
    private DateTimeOffset? _forcedAt;

    public OpenIdKeyCache(string metadataUrl, IHttpClientFactory httpClients, TimeProvider time, ILogger logger)
    {
        _metadataUrl = metadataUrl;
        _httpClients = httpClients;
        _time = time;
        _logger = logger;
    }

    /// <summary>The key with this id, or null when the issuer does not publish it (or cannot be reached).</summary>
    public async Task<SigningKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var keys = await GetKeysAsync(forceRefresh: false, keyId, cancellationToken).ConfigureAwait(false);
        if (keys is not null && keys.TryGetValue(keyId, out var key))
        {
            return key;
        }

        keys = await GetKeysAsync(forceRefresh: true, keyId, cancellationToken).ConfigureAwait(false);
        return keys is not null && keys.TryGetValue(keyId, out key) ? key : null;
    }

    private async Task<IReadOnlyDictionary<string, SigningKey>?> GetKeysAsync(bool forceRefresh, string keyId, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = _time.GetUtcNow();
            if (forceRefresh)
            {
                if ((_keys is not null && _keys.ContainsKey(keyId)) || (_forcedAt is { } last && now - last < ForcedRefreshInterval))
                {
                    return _keys;
                }

                _forcedAt = now;
            }
            else if (_keys is not null && now - _fetchedAt < RefreshInterval)
            {
                return _keys;
            }

            try
            {
                _keys = await FetchAsync(cancellationToken).ConfigureAwait(false);
                _fetchedAt = now;
            }
            catch (Exception ex) when (ex is HttpRequestException or JsonException or ArgumentException or FormatException or InvalidOperationException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                LogFetchFailed(_logger, _metadataUrl, ex);
            }

            return _keys;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<IReadOnlyDictionary<string, SigningKey>> FetchAsync(CancellationToken cancellationToken)
    {
        var http = _httpClients.CreateClient(HttpClientName);
        var metadataJson = await http.GetStringAsync(new Uri(_metadataUrl), cancellationToken).ConfigureAwait(false);
        using var metadata = JsonDocument.Parse(metadataJson);
        var jwksUri = metadata.RootElement.TryGetProperty("jwks_uri", out var value) && value.ValueKind == JsonValueKind.String
            ? new Uri(value.GetString()!, UriKind.Absolute)
            : throw new InvalidOperationException("The OpenID metadata has no jwks_uri.");
        if (jwksUri.Scheme != Uri.UriSchemeHttps && !LoopbackAddress.IsLoopbackHost(jwksUri.Host))
        {
            throw new InvalidOperationException("The jwks_uri must be https.");
        }

        var jwksJson = await http.GetStringAsync(jwksUri, cancellationToken).ConfigureAwait(false);
        var endorsements = ReadEndorsements(jwksJson);
        var keys = new Dictionary<string, SigningKey>(StringComparer.Ordinal);
        foreach (var key in new JsonWebKeySet(jwksJson).Keys)
        {
            if (!string.IsNullOrEmpty(key.Kid) && key.Kty == JsonWebAlgorithmsKeyTypes.RSA && key.Use is null or "sig")
            {
                keys[key.Kid] = new SigningKey(key, endorsements.GetValueOrDefault(key.Kid) ?? []);
            }
        }

        LogKeysFetched(_logger, _metadataUrl, keys.Count);
        return keys;
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadEndorsements(string jwksJson)
    {
        using var document = JsonDocument.Parse(jwksJson);
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return result;
        }

        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind == JsonValueKind.Object
                && key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                && key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                result[kid.GetString()!] = list.EnumerateArray()
                    .Where(e => e.ValueKind == JsonValueKind.String)
                    .Select(e => e.GetString()!)
                    .ToList();
            }
        }

        return result;
    }

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "Fetched {KeyCount} signing keys from {MetadataUrl}")]
    private static partial void LogKeysFetched(ILogger logger, string metadataUrl, int keyCount);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Error, Message = "Could not fetch signing keys from {MetadataUrl}")]
    private static partial void LogFetchFailed(ILogger logger, string metadataUrl, Exception exception);
}
