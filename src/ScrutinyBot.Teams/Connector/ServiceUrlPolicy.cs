using Microsoft.Extensions.Options;
using ScrutinyBot.Teams.Hosting;

namespace ScrutinyBot.Teams.Connector;

/// <summary>Decides whether the bot's token may go to a serviceUrl: only https hosts on the exact allow-list and the
/// configured Playground, never a host an activity merely claims. Without an app id there is no token and only
/// loopback serviceUrls are called.</summary>
public sealed class ServiceUrlPolicy(IOptions<BotOptions> options)
{
    public ServiceUrlTrust Evaluate(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return ServiceUrlTrust.Refused;
        }

        var bot = options.Value;
        if (!bot.HasAppId)
        {
            return LoopbackAddress.IsLoopbackHost(uri.Host) ? ServiceUrlTrust.Anonymous : ServiceUrlTrust.Refused;
        }

        if (uri.Scheme == Uri.UriSchemeHttps
            && bot.AllowedServiceUrlHosts.Any(h => string.Equals(h.Trim(), uri.IdnHost, StringComparison.OrdinalIgnoreCase)))
        {
            return ServiceUrlTrust.WithToken;
        }

        return IsPlayground(uri, bot.PlaygroundServiceUrl) ? ServiceUrlTrust.WithToken : ServiceUrlTrust.Refused;
    }

    private static bool IsPlayground(Uri uri, string playgroundServiceUrl) =>
        Uri.TryCreate(playgroundServiceUrl, UriKind.Absolute, out var playground)
        && string.Equals(playground.Scheme, uri.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(playground.IdnHost, uri.IdnHost, StringComparison.OrdinalIgnoreCase)
        && playground.Port == uri.Port;
}
