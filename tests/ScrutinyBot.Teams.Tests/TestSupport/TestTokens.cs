using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ScrutinyBot.Teams.Tests.TestSupport;

/// <summary>Mints signed JWTs for the tests.</summary>
public static class TestTokens
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string TenantId = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    public static string Create(
        SecurityKey key,
        DateTimeOffset now,
        string issuer = BotFrameworkIssuer,
        string audience = AppId,
        IDictionary<string, object>? claims = null,
        TimeSpan? lifetime = null,
        string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var issued = now.UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = issued,
            NotBefore = issued,
            Expires = issued + (lifetime ?? TimeSpan.FromHours(1)),
            Claims = claims ?? new Dictionary<string, object> { ["serviceurl"] = ServiceUrl },
            SigningCredentials = new SigningCredentials(key, algorithm),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>A token with <c>alg: none</c> and no signature.</summary>
    public static string Unsigned(string keyId, DateTimeOffset now)
    {
        var header = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes($$"""{"alg":"none","typ":"JWT","kid":"{{keyId}}"}"""));
        var exp = now.AddHours(1).ToUnixTimeSeconds();
        var payload = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(
            $$"""{"iss":"{{BotFrameworkIssuer}}","aud":"{{AppId}}","exp":{{exp}},"nbf":{{now.ToUnixTimeSeconds()}},"serviceurl":"{{ServiceUrl}}"}"""));
        return $"{header}.{payload}.";
    }

    public static Dictionary<string, object> EntraClaims(string tenantId, string azp) => new()
    {
        ["tid"] = tenantId,
        ["ver"] = "2.0",
        ["azp"] = azp,
    };
}
