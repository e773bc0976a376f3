using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ScrutinyBot.Core.Digests;

namespace ScrutinyBot.Host.Tests.Digests;

/// <summary>POST /api/digests/run is an operator endpoint: loopback only, same-origin JSON only, and a key unless the
/// bot is in anonymous-loopback development mode.</summary>
public sealed class DigestRunEndpointTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 15, 12, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, string?> WithAppId = new()
    {
        ["Bot:AppId"] = "00000000-0000-0000-0000-0000000000b0",
        ["Bot:AppTenantId"] = "00000000-0000-0000-0000-0000000000cc",
        ["Bot:AllowAnonymousLoopback"] = "true",
        ["Operator:ApiKey"] = OperatorRequests.Key,
    };

    [Fact]
    public async Task RunEndpoint_LoopbackWithoutKeyWhenAppIdSet_Unauthorized()
    {
        using var sut = await SubscribedHostAsync(WithAppId);
        using var client = sut.CreateClient();

        using var response = await client.SendAsync(OperatorRequests.Run(force: true));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(sut.Poster.Posts);
    }

    [Fact]
    public async Task RunEndpoint_LoopbackWithWrongKeyWhenAppIdSet_Unauthorized()
    {
        using var sut = await SubscribedHostAsync(WithAppId);
        using var client = sut.CreateClient();

        using var response = await client.SendAsync(OperatorRequests.Run(force: true, key: OperatorRequests.Key + "x"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(sut.Poster.Posts);
    }

    [Fact]
    public async Task RunEndpoint_LoopbackWithKeyWhenAppIdSet_Runs()
    {
        using var sut = await SubscribedHostAsync(WithAppId);
        using var client = sut.CreateClient();

        using var response = await client.SendAsync(OperatorRequests.Run(force: true, key: OperatorRequests.Key));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(sut.Poster.Posts);
    }

    [Fact]
    public async Task RunEndpoint_AnonymousLoopbackOffAndNoAppId_Unauthorized()
    {
        using var sut = await SubscribedHostAsync(new() { ["Bot:AllowAnonymousLoopback"] = "false" });
        using var client = sut.CreateClient();

        using var response = await client.SendAsync(OperatorRequests.Run(force: true));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(sut.Poster.Posts);
    }

    [Theory]
    [InlineData("https://evil.example", null)]
    [InlineData("null", null)]
    [InlineData(null, "cross-site")]
    public async Task RunEndpoint_CrossOriginEvenWithKey_Forbidden(string? origin, string? fetchSite)
    {
        using var sut = await SubscribedHostAsync(WithAppId);
        using var client = sut.CreateClient();
        using var request = OperatorRequests.Run(force: true, key: OperatorRequests.Key);
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(sut.Poster.Posts);
    }

    [Fact]
    public async Task RunEndpoint_CrossOriginTextPlainInAnonymousMode_RefusedAndNothingPosted()
    {
        using var sut = await SubscribedHostAsync(null);
        using var client = sut.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/digests/run?force=true")
        {
            Content = new StringContent("{}", Encoding.UTF8, "text/plain"),
        };
        request.Headers.Add("Origin", "https://evil.example");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(sut.Poster.Posts);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task RunEndpoint_NotJson_UnsupportedMediaType(string? contentType)
    {
        using var sut = await SubscribedHostAsync(WithAppId);
        using var client = sut.CreateClient();
        using var request = OperatorRequests.Run(force: true, key: OperatorRequests.Key);
        request.Content = contentType is null ? null : new StringContent("{}", Encoding.UTF8, contentType);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Empty(sut.Poster.Posts);
    }

    [Theory]
    [InlineData("X-Forwarded-For")]
    [InlineData("X-Real-IP")]
    [InlineData("Forwarded")]
    [InlineData("X-Forwarded-Host")]
    [InlineData("X-Client-IP")]
    [InlineData("CF-Connecting-IP")]
    public async Task RunEndpoint_AnyForwardingHeader_NotFound(string header)
    {
        using var sut = await SubscribedHostAsync(null);
        using var client = sut.CreateClient();
        using var request = OperatorRequests.Run(force: true);
        request.Headers.TryAddWithoutValidation(header, header == "Forwarded" ? "for=203.0.113.9" : "203.0.113.9");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(sut.Poster.Posts);
    }

    private static async Task<DigestHostFactory> SubscribedHostAsync(Dictionary<string, string?>? settings)
    {
        var sut = new DigestHostFactory(Now, SampleFacts.Tracker(), pollSeconds: 86_400, settings: settings);
        await sut.Services.GetRequiredService<ISubscriptionCommands>()
            .SubscribeAsync(new DigestTarget("conv-1", "{}"), "daily at 09:00", CancellationToken.None);
        return sut;
    }
}
