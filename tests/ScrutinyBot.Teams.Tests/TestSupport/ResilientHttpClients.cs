using Microsoft.Extensions.DependencyInjection;
using ScrutinyBot.Teams.Connector;

namespace ScrutinyBot.Teams.Tests.TestSupport;

/// <summary>The Connector HttpClient as the host registers it (with its resilience pipeline), on the test's clock
/// and settings.</summary>
public static class ResilientHttpClients
{
    public static IHttpClientFactory Create(TimeProvider time, ConnectorOptions options)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(time);
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.AddHttpClient(ConnectorClient.HttpClientName).AddConnectorResilience();
        return services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
    }
}
