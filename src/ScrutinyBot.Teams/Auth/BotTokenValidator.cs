using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ScrutinyBot.Teams.Hosting;

namespace ScrutinyBot.Teams.Auth;

/// <summary>Validates an inbound bearer token (bot-protocol.md §2): Bot Connector tokens (issuer, audience = app id,
/// RS256/384/512, lifetime with 5 minutes of skew, serviceurl claim = the activity's, key endorsements) and Entra
/// tokens (issuer of an allowed tenant, audience = app id, appid/azp = app id, keys of that tenant).</summary>
public sealed class BotTokenValidator(IOptions<BotOptions> options, SigningKeyCatalog keys, TimeProvider time)
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] AllowedAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<BotAuthenticationResult> ValidateAsync(string token, BotAuthenticationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var bot = options.Value;
        if (!bot.HasAppId)
        {
            return BotAuthenticationResult.Fail("a token was sent but no app id is configured to validate it");
        }

        JsonWebToken jwt;
        try
        {
            jwt = new JsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return BotAuthenticationResult.Fail("malformed token");
        }

        if (!AllowedAlgorithms.Contains(jwt.Alg, StringComparer.Ordinal) || string.IsNullOrEmpty(jwt.Kid))
        {
            return BotAuthenticationResult.Fail($"algorithm {jwt.Alg} or missing key id not accepted");
        }

        var isBotFramework = string.Equals(jwt.Issuer, TokenIssuers.BotFramework, StringComparison.Ordinal);
        string metadataUrl;
        if (isBotFramework)
        {
            metadataUrl = bot.OpenIdMetadataUrl;
        }
        else if (TokenIssuers.TryGetEntraTenant(jwt.Issuer, out var tenantId))
        {
            var entraCheck = CheckEntraClaims(jwt, tenantId, bot);
            if (entraCheck is not null)
            {
                return BotAuthenticationResult.Fail(entraCheck);
            }

            metadataUrl = $"{bot.AuthorityBase.TrimEnd('/')}/{tenantId}/v2.0/.well-known/openid-configuration";
        }
        else
        {
            return BotAuthenticationResult.Fail("issuer not accepted");
        }

        var cache = keys.For(metadataUrl);
        var key = cache is null ? null : await cache.FindAsync(jwt.Kid, cancellationToken).ConfigureAwait(false);
        if (key is null)
        {
            return BotAuthenticationResult.Fail("signing key not published by the issuer");
        }

        var result = await _handler.ValidateTokenAsync(jwt, Parameters(jwt.Issuer, bot.AppId, key.Key)).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return BotAuthenticationResult.Fail($"token rejected: {result.Exception?.GetType().Name}");
        }

        var failure = isBotFramework ? CheckBotFrameworkClaims(jwt, key, request, bot) : null;
        return failure is null ? BotAuthenticationResult.Success(result.ClaimsIdentity) : BotAuthenticationResult.Fail(failure);
    }

    private TokenValidationParameters Parameters(string issuer, string appId, SecurityKey key) => new()
    {
        ValidIssuer = issuer,
        ValidAudience = appId,
        IssuerSigningKey = key,
        ValidAlgorithms = AllowedAlgorithms,
        RequireSignedTokens = true,
        RequireAudience = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ValidateIssuerSigningKey = false,
        TryAllIssuerSigningKeys = false,
        ClockSkew = ClockSkew,
        LifetimeValidator = IsWithinLifetime,
    };

    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return expires is { } exp && now <= exp + ClockSkew && (notBefore is not { } nbf || now >= nbf - ClockSkew);
    }

    private static string? CheckBotFrameworkClaims(JsonWebToken jwt, SigningKey key, BotAuthenticationRequest request, BotOptions bot)
    {
        if (!jwt.TryGetPayloadValue<string>("serviceurl", out var serviceUrl) || string.IsNullOrEmpty(serviceUrl))
        {
            return "serviceurl claim missing";
        }

        if (!string.Equals(serviceUrl, request.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return "serviceurl claim does not match the activity";
        }

        if (key.Endorsements.Count > 0 && !string.IsNullOrEmpty(request.ChannelId)
            && !key.Endorsements.Contains(request.ChannelId, StringComparer.OrdinalIgnoreCase))
        {
            return "signing key not endorsed for the channel";
        }

        return bot.AllowedTenants.Length > 0 && !bot.AllowedTenants.Contains(request.TenantId, StringComparer.OrdinalIgnoreCase)
            ? "tenant not allowed"
            : null;
    }

    private static string? CheckEntraClaims(JsonWebToken jwt, string issuerTenant, BotOptions bot)
    {
        jwt.TryGetPayloadValue<string>("tid", out var tid);
        if (!string.Equals(tid, issuerTenant, StringComparison.OrdinalIgnoreCase))
        {
            return "tid claim does not match the issuer";
        }

        var allowed = bot.AllowedTenants.Append(bot.AppTenantId).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        if (allowed.Count > 0 && !allowed.Contains(tid, StringComparer.OrdinalIgnoreCase))
        {
            return "tenant not allowed";
        }

        jwt.TryGetPayloadValue<string>("ver", out var version);
        jwt.TryGetPayloadValue<string>("appid", out var appId);
        jwt.TryGetPayloadValue<string>("azp", out var azp);
        var caller = version switch
        {
            "1.0" => appId,
            "2.0" => azp,
            _ => azp ?? appId,
        };
        return string.Equals(caller, bot.AppId, StringComparison.OrdinalIgnoreCase) ? null : "appid/azp is not this bot";
    }
}
