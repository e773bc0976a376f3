using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using ScrutinyBot.Teams.Connector;
using ScrutinyBot.Teams.Hosting;

namespace ScrutinyBot.Teams.Tests.Connector;

public sealed class MsalBotTokenProviderTests
{
    private readonly TokenEndpointHandler _handler = new();

    [Fact]
    public async Task GetTokenAsync_NoAppId_ReturnsNullWithoutCalling()
    {
        var sut = CreateSut(new BotOptions());

        Assert.Null(await sut.GetTokenAsync(default));
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task GetTokenAsync_SingleTenant_AsksAppTenantForBotFrameworkScopeOnceThenCaches()
    {
        var sut = CreateSut(new BotOptions { AppId = "app-1", AppPassword = "secret", AppTenantId = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee" });

        var first = await sut.GetTokenAsync(default);
        var second = await sut.GetTokenAsync(default);

        Assert.Equal("issued-token", first);
        Assert.Equal(first, second);
        var token = Assert.Single(_handler.Requests, r => r.Uri.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal));
        Assert.StartsWith("/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee/", token.Uri.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("grant_type=client_credentials", token.Body, StringComparison.Ordinal);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", token.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTokenAsync_MultiTenant_AsksBotFrameworkTenant()
    {
        var sut = CreateSut(new BotOptions { AppId = "app-1", AppPassword = "secret", AppType = BotOptions.MultiTenant });

        await sut.GetTokenAsync(default);

        Assert.Contains(_handler.Requests, r => r.Uri.AbsolutePath == "/botframework.com/oauth2/v2.0/token");
    }

    private MsalBotTokenProvider CreateSut(BotOptions options) => new(Options.Create(options), new HandlerClientFactory(_handler));

    private sealed class HandlerClientFactory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }

    /// <summary>Answers Entra's token endpoint (and instance discovery) like login.microsoftonline.com.</summary>
    private sealed class TokenEndpointHandler : HttpMessageHandler
    {
        public List<(Uri Uri, string Body)> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
            Requests.Add((request.RequestUri!, body));
            var json = request.RequestUri!.AbsolutePath.EndsWith("/token", StringComparison.Ordinal)
                ? """{"token_type":"Bearer","expires_in":3599,"ext_expires_in":3599,"access_token":"issued-token"}"""
                : """{"tenant_discovery_endpoint":"https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration","api-version":"1.1","metadata":[{"preferred_network":"login.microsoftonline.com","preferred_cache":"login.windows.net","aliases":["login.microsoftonline.com","login.windows.net","login.microsoft.com","sts.windows.net"]}]}""";
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        }
    }
}
