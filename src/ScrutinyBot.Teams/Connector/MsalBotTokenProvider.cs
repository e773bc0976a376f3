using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using ScrutinyBot.Teams.Hosting;

namespace ScrutinyBot.Teams.Connector;

/// <summary>Client-credentials tokens from Entra via MSAL: the app's tenant for SingleTenant, botframework.com for
/// legacy MultiTenant. MSAL's in-memory cache keeps a token until shortly before it expires.</summary>
public sealed class MsalBotTokenProvider : IBotTokenProvider
{
    public const string Scope = "https://api.botframework.com/.default";
    public const string LegacyMultiTenantAuthorityTenant = "botframework.com";

    private readonly BotOptions _options;
    private readonly Lazy<IConfidentialClientApplication?> _application;

    private readonly IHttpClientFactory _httpClients;

    public MsalBotTokenProvider(IOptions<BotOptions> options, IHttpClientFactory httpClients)
    {
        _options = options.Value;
        _httpClients = httpClients;
        _application = new Lazy<IConfidentialClientApplication?>(CreateApplication);
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var application = _application.Value;
        if (application is null)
        {
            return null;
        }

        try
        {
            var result = await application.AcquireTokenForClient([Scope]).ExecuteAsync(cancellationToken).ConfigureAwait(false);
            return result.AccessToken;
        }
        catch (MsalException ex)
        {
            throw new ConnectorException(0, ex.ErrorCode, "Could not get a Bot Connector token for the app.", ex);
        }
    }

    private IConfidentialClientApplication? CreateApplication()
    {
        if (!_options.HasAppId)
        {
            return null;
        }

        var tenant = _options.AppType == BotOptions.MultiTenant || string.IsNullOrWhiteSpace(_options.AppTenantId)
            ? LegacyMultiTenantAuthorityTenant
            : _options.AppTenantId;
        return ConfidentialClientApplicationBuilder.Create(_options.AppId)
            .WithClientSecret(_options.AppPassword)
            .WithAuthority($"{_options.AuthorityBase.TrimEnd('/')}/{tenant}")
            .WithHttpClientFactory(new MsalHttpClientFactory(_httpClients))
            .Build();
    }
}
