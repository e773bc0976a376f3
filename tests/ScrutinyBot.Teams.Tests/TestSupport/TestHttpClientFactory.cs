namespace ScrutinyBot.Teams.Tests.TestSupport;

/// <summary>Hands out plain HttpClients and counts them.</summary>
public sealed class TestHttpClientFactory : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => new();
}
