using Microsoft.Identity.Client;

namespace ScrutinyBot.Teams.Connector;

/// <summary>Gives MSAL clients from IHttpClientFactory (named <see cref="HttpClientName"/>).</summary>
public sealed class MsalHttpClientFactory(IHttpClientFactory httpClients) : IMsalHttpClientFactory
{
    public const string HttpClientName = "BotIdentity";

    public HttpClient GetHttpClient() => httpClients.CreateClient(HttpClientName);
}
