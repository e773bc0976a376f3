using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ScrutinyBot.Teams.Tests.TestSupport;

/// <summary>A loopback OpenID provider: any path ending in openidconfiguration / openid-configuration answers the
/// metadata with a jwks_uri beside it; paths ending in /keys answer the current keys. Counts metadata fetches.</summary>
public sealed class OpenIdMetadataServer : IAsyncDisposable
{
    private LoopbackHttpServer? _server;
    private int _metadataRequests;

    public List<TestSigningKey> Keys { get; } = [];

    public int MetadataRequests => Volatile.Read(ref _metadataRequests);

    public string Url => _server!.Url;

    /// <summary>The Bot Connector style metadata URL.</summary>
    public string BotMetadataUrl => $"{Url}/v1/.well-known/openidconfiguration";

    public static async Task<OpenIdMetadataServer> StartAsync(params TestSigningKey[] keys)
    {
        var server = new OpenIdMetadataServer();
        server.Keys.AddRange(keys);
        server._server = await LoopbackHttpServer.StartAsync(server.HandleAsync);
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        context.Response.ContentType = "application/json";
        if (path.EndsWith("openidconfiguration", StringComparison.Ordinal) || path.EndsWith("openid-configuration", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _metadataRequests);
            var folder = path[..path.LastIndexOf("/.well-known", StringComparison.Ordinal)];
            await context.Response.WriteAsync(JsonSerializer.Serialize(new { issuer = "test", jwks_uri = $"{Url}{folder}/keys" }));
        }
        else if (path.EndsWith("/keys", StringComparison.Ordinal))
        {
            await context.Response.WriteAsync(TestSigningKey.ToJwks(Keys.ToList()));
        }
        else
        {
            context.Response.StatusCode = 404;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
