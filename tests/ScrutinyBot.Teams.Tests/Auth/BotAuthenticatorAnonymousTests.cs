using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ScrutinyBot.Teams.Auth;
using ScrutinyBot.Teams.Hosting;
using ScrutinyBot.Teams.Tests.TestSupport;

namespace ScrutinyBot.Teams.Tests.Auth;

public sealed class BotAuthenticatorAnonymousTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public async Task AuthenticateAsync_LoopbackWithoutTokenAndSettingOn_IsAnonymous(string address)
    {
        var sut = CreateSut(allowAnonymous: true);

        var result = await sut.AuthenticateAsync(Request(address, forwarded: false), default);

        Assert.True(result.Succeeded);
        Assert.True(result.IsAnonymous);
    }

    [Fact]
    public async Task AuthenticateAsync_LoopbackWithoutTokenAndSettingOff_Fails()
    {
        var result = await CreateSut(allowAnonymous: false).AuthenticateAsync(Request("127.0.0.1", forwarded: false), default);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_LoopbackWithForwardingHeaders_Fails()
    {
        var result = await CreateSut(allowAnonymous: true).AuthenticateAsync(Request("127.0.0.1", forwarded: true), default);

        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData("10.0.0.5")]
    [InlineData("52.1.2.3")]
    public async Task AuthenticateAsync_RemoteCallerWithoutToken_Fails(string address)
    {
        var result = await CreateSut(allowAnonymous: true).AuthenticateAsync(Request(address, forwarded: false), default);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownRemoteAddress_Fails()
    {
        var request = new BotAuthenticationRequest(null, "http://localhost:56150/_connector", "msteams", null, null, false);

        var result = await CreateSut(allowAnonymous: true).AuthenticateAsync(request, default);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_TokenSentInAnonymousMode_IsValidatedAndFails()
    {
        var request = Request("127.0.0.1", forwarded: false) with { AuthorizationHeader = "Bearer eyJhbGciOiJIUzI1NiJ9.eyJhIjoxfQ.c2ln" };

        var result = await CreateSut(allowAnonymous: true).AuthenticateAsync(request, default);

        Assert.False(result.Succeeded);
    }

    private static BotAuthenticator CreateSut(bool allowAnonymous)
    {
        var options = Options.Create(new BotOptions { AllowAnonymousLoopback = allowAnonymous });
        var catalog = new SigningKeyCatalog(new TestHttpClientFactory(), TimeProvider.System, NullLogger<OpenIdKeyCache>.Instance);
        return new BotAuthenticator(options, new BotTokenValidator(options, catalog, TimeProvider.System));
    }

    private static BotAuthenticationRequest Request(string address, bool forwarded) =>
        new(null, "http://localhost:56150/_connector", "msteams", null, IPAddress.Parse(address), forwarded);
}
