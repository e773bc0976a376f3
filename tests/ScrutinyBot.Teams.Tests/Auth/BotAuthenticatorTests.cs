using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using ScrutinyBot.Teams.Auth;
using ScrutinyBot.Teams.Hosting;
using ScrutinyBot.Teams.Tests.TestSupport;

namespace ScrutinyBot.Teams.Tests.Auth;

public sealed class BotAuthenticatorTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly TestSigningKey _key = new("key-1", "msteams");
    private OpenIdMetadataServer _server = null!;

    public async Task InitializeAsync() => _server = await OpenIdMetadataServer.StartAsync(_key);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _key.Dispose();
    }

    [Fact]
    public async Task AuthenticateAsync_ValidBotConnectorToken_Succeeds()
    {
        var sut = CreateSut();

        var result = await sut.AuthenticateAsync(Request(TestTokens.Create(_key.SecurityKey, _time.GetUtcNow())), default);

        Assert.True(result.Succeeded, result.Reason);
        Assert.False(result.IsAnonymous);
    }

    [Fact]
    public async Task AuthenticateAsync_WrongAudience_Fails()
    {
        var token = TestTokens.Create(_key.SecurityKey, _time.GetUtcNow(), audience: "99999999-2222-3333-4444-555555555555");

        var result = await CreateSut().AuthenticateAsync(Request(token), default);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_WrongIssuer_Fails()
    {
        var token = TestTokens.Create(_key.SecurityKey, _time.GetUtcNow(), issuer: "https://api.botframework.example");

        var result = await CreateSut().AuthenticateAsync(Request(token), default);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiredBeyondSkew_Fails()
    {
        var token = TestTokens.Create(_key.SecurityKey, _time.GetUtcNow().AddHours(-2), lifetime: TimeSpan.FromHours(1));

        var result = await CreateSut().AuthenticateAsync(Request(token), default);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiredWithinSkew_Succeeds()
    {
        var token = TestTokens.Create(_key.SecurityKey, _time.GetUtcNow().AddMinutes(-63), lifetime: TimeSpan.FromHours(1));

        var result = await CreateSut().AuthenticateAsync(Request(token), default);

        Assert.True(result.Succeeded, result.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_NotYetValidBeyondSkew_Fails()
    {
        var token = TestTokens.Create(_key.SecurityKey, _time.GetUtcNow().AddMinutes(10));

        var result = await CreateSut().AuthenticateAsync(Request(token), default);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_SignedByOtherKeyWithPublishedKeyId_Fails()
    {
        using var impostor = new TestSigningKey(_key.KeyId);
        var token = TestTokens.Create(impostor.SecurityKey, _time.GetUtcNow());

        var result = await CreateSut().AuthenticateAsync(Request(token), default);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_AlgNone_Fails()
    {
        var result = await CreateSut().AuthenticateAsync(Request(TestTokens.Unsigned(_key.KeyId, _time.GetUtcNow())), default);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_Hs256_Fails()
    {
        var secret = new SymmetricSecurityKey(new byte[32]) { KeyId = _key.KeyId };
        var token = TestTokens.Create(secret, _time.GetUtcNow(), algorithm: SecurityAlgorithms.HmacSha256);

        var result = await CreateSut().AuthenticateAsync(Request(token), default);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_NoTokenWithAppId_Fails()
    {
        var result = await CreateSut().AuthenticateAsync(Request(token: null) with { RemoteAddress = IPAddress.Loopback }, default);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlClaimDiffers_Fails()
    {
        var token = TestTokens.Create(_key.SecurityKey, _time.GetUtcNow());

        var result = await CreateSut().AuthenticateAsync(Request(token) with { ServiceUrl = "https://evil.example/amer/" }, default);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlDiffersOnlyInCase_Succeeds()
    {
        var token = TestTokens.Create(_key.SecurityKey, _time.GetUtcNow());

        var result = await CreateSut().AuthenticateAsync(Request(token) with { ServiceUrl = TestTokens.ServiceUrl.ToUpperInvariant() }, default);

        Assert.True(result.Succeeded, result.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlClaimMissing_Fails()
    {
        var token = TestTokens.Create(_key.SecurityKey, _time.GetUtcNow(), claims: new Dictionary<string, object> { ["x"] = "y" });

        var result = await CreateSut().AuthenticateAsync(Request(token), default);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyNotEndorsedForChannel_Fails()
    {
        var token = TestTokens.Create(_key.SecurityKey, _time.GetUtcNow());

        var result = await CreateSut().AuthenticateAsync(Request(token) with { ChannelId = "webchat" }, default);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_TenantNotInAllowedTenants_Fails()
    {
        var sut = CreateSut(o => o.AllowedTenants = ["bbbbbbbb-bbbb-cccc-dddd-eeeeeeeeeeee"]);
        var token = TestTokens.Create(_key.SecurityKey, _time.GetUtcNow());

        var result = await sut.AuthenticateAsync(Request(token), default);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownKeyId_RefreshesMetadataOnce()
    {
        var sut = CreateSut();
        Assert.True((await sut.AuthenticateAsync(Request(TestTokens.Create(_key.SecurityKey, _time.GetUtcNow())), default)).Succeeded);
        using var rotated = new TestSigningKey("key-2", "msteams");
        _server.Keys.Add(rotated);

        var fresh = await sut.AuthenticateAsync(Request(TestTokens.Create(rotated.SecurityKey, _time.GetUtcNow())), default);
        using var unknown = new TestSigningKey("key-3", "msteams");
        var never = await sut.AuthenticateAsync(Request(TestTokens.Create(unknown.SecurityKey, _time.GetUtcNow())), default);

        Assert.True(fresh.Succeeded, fresh.Reason);
        Assert.False(never.Succeeded);
        Assert.Equal(2, _server.MetadataRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_EntraTokenFromOurApp_Succeeds()
    {
        var sut = CreateSut();
        var token = TestTokens.Create(
            _key.SecurityKey,
            _time.GetUtcNow(),
            issuer: $"https://login.microsoftonline.com/{TestTokens.TenantId}/v2.0",
            claims: TestTokens.EntraClaims(TestTokens.TenantId, TestTokens.AppId));

        var result = await sut.AuthenticateAsync(Request(token), default);

        Assert.True(result.Succeeded, result.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_EntraTokenFromOtherApp_Fails()
    {
        var token = TestTokens.Create(
            _key.SecurityKey,
            _time.GetUtcNow(),
            issuer: $"https://login.microsoftonline.com/{TestTokens.TenantId}/v2.0",
            claims: TestTokens.EntraClaims(TestTokens.TenantId, "99999999-2222-3333-4444-555555555555"));

        var result = await CreateSut().AuthenticateAsync(Request(token), default);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_EntraTokenFromOtherTenant_Fails()
    {
        const string otherTenant = "ffffffff-bbbb-cccc-dddd-eeeeeeeeeeee";
        var token = TestTokens.Create(
            _key.SecurityKey,
            _time.GetUtcNow(),
            issuer: $"https://sts.windows.net/{otherTenant}/",
            claims: TestTokens.EntraClaims(otherTenant, TestTokens.AppId));

        var result = await CreateSut().AuthenticateAsync(Request(token), default);

        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData("bearer ")]
    [InlineData("Basic ")]
    public async Task AuthenticateAsync_SchemeNotBearer_Fails(string scheme)
    {
        var token = TestTokens.Create(_key.SecurityKey, _time.GetUtcNow());

        var result = await CreateSut().AuthenticateAsync(Request(token) with { AuthorizationHeader = scheme + token }, default);

        Assert.False(result.Succeeded);
    }

    private BotAuthenticator CreateSut(Action<BotOptions>? configure = null)
    {
        var bot = new BotOptions
        {
            AppId = TestTokens.AppId,
            AppTenantId = TestTokens.TenantId,
            OpenIdMetadataUrl = _server.BotMetadataUrl,
            AuthorityBase = _server.Url,
        };
        configure?.Invoke(bot);
        var options = Options.Create(bot);
        var catalog = new SigningKeyCatalog(new TestHttpClientFactory(), _time, NullLogger<OpenIdKeyCache>.Instance);
        return new BotAuthenticator(options, new BotTokenValidator(options, catalog, _time));
    }

    private static BotAuthenticationRequest Request(string? token) =>
        new(token is null ? null : "Bearer " + token, TestTokens.ServiceUrl, "msteams", TestTokens.TenantId, IPAddress.Parse("52.1.2.3"), false);
}
