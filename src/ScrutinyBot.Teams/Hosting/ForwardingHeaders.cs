using Microsoft.AspNetCore.Http;

namespace ScrutinyBot.Teams.Hosting;

/// <summary>The headers a proxy adds to say who the real caller is. A request carrying any of them is not treated as
/// coming from loopback, whichever one it is (all are alike: none is trusted, none is ignored).</summary>
public static class ForwardingHeaders
{
    public static readonly IReadOnlyList<string> Names =
    [
        "Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "X-Forwarded-Port", "X-Forwarded-Server",
        "X-Real-IP", "X-Client-IP", "X-Cluster-Client-IP", "X-Original-Forwarded-For", "True-Client-IP", "CF-Connecting-IP",
        "Fastly-Client-IP", "X-ProxyUser-Ip", "Via",
    ];

    public static bool AnyIn(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        return Names.Any(headers.ContainsKey)
            || headers.Keys.Any(k => k.StartsWith("X-Forwarded-", StringComparison.OrdinalIgnoreCase));
    }
}
