using System.Net;
using System.Net.Http.Headers;

namespace ScrutinyBot.Core.Sources.ModernGov;

/// <summary>Polite, safe GETs against one site: one request at a time, a User-Agent naming the bot, 429/503
/// Retry-After honoured up to a bound, conditional GETs, a size cap, and redirects followed by hand only while they
/// stay on the configured host. The HttpClient must not follow redirects itself.</summary>
public sealed class ModernGovHttp(HttpClient client, Uri baseUri, ModernGovOptions options, TimeProvider timeProvider)
{
    private const int MaxRedirects = 5;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public Uri BaseUri => baseUri;

    /// <summary>True when the address is on the configured host (and scheme and port).</summary>
    public bool IsOnSite(Uri uri) =>
        string.Equals(uri.Scheme, baseUri.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.Host, baseUri.Host, StringComparison.OrdinalIgnoreCase)
        && uri.Port == baseUri.Port;

    public async Task<ModernGovResponse> GetAsync(
        Uri uri, long maxBytes, string? etag, string? lastModified, CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await GetOneAtATimeAsync(uri, maxBytes, etag, lastModified, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task<ModernGovResponse> GetOneAtATimeAsync(
        Uri uri, long maxBytes, string? etag, string? lastModified, CancellationToken cancellationToken)
    {
        var current = uri;
        var redirects = 0;
        var retries = 0;
        while (true)
        {
            if (!IsOnSite(current))
            {
                throw new ModernGovRefusedException($"{current.GetLeftPart(UriPartial.Path)} is not on {baseUri.Host}; only the configured site is fetched");
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            request.Headers.UserAgent.ParseAdd(options.UserAgent);
            if (etag is not null)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            }

            if (lastModified is not null)
            {
                request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
            }

            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400 && status != 304)
            {
                if (response.Headers.Location is null || ++redirects > MaxRedirects)
                {
                    throw new ModernGovRefusedException($"{current.AbsolutePath}: a redirect with no address, or too many redirects");
                }

                current = new Uri(current, response.Headers.Location);
                continue;
            }

            if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
            {
                var wait = RetryWait(response.Headers.RetryAfter);
                if (++retries > options.MaxRetries || wait > options.MaxRetryWait)
                {
                    throw new ModernGovRefusedException($"{current.AbsolutePath}: the site is busy ({status}) and asked to wait {wait.TotalSeconds:0}s; giving up until the next sync");
                }

                await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new ModernGovResponse(true, [], etag, lastModified, null);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"{current.AbsolutePath}: the site answered {status}", null, response.StatusCode);
            }

            var content = await ReadCappedAsync(response, maxBytes, current, cancellationToken).ConfigureAwait(false);
            return new ModernGovResponse(
                false,
                content,
                response.Headers.ETag?.ToString(),
                response.Content.Headers.LastModified?.ToString("R"),
                response.Content.Headers.ContentType?.MediaType);
        }
    }

    private TimeSpan RetryWait(RetryConditionHeaderValue? retryAfter)
    {
        var wait = retryAfter?.Delta
            ?? (retryAfter?.Date is { } date ? date - timeProvider.GetUtcNow() : TimeSpan.FromSeconds(5));
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    private static async Task<byte[]> ReadCappedAsync(HttpResponseMessage response, long maxBytes, Uri uri, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > maxBytes)
        {
            throw new ModernGovRefusedException($"{uri.AbsolutePath}: {response.Content.Headers.ContentLength} bytes is over the {maxBytes}-byte limit (MaxFileBytes)");
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new ModernGovRefusedException($"{uri.AbsolutePath}: over the {maxBytes}-byte limit (MaxFileBytes)");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
