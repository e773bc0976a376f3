using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ScrutinyBot.Teams.Auth;
using ScrutinyBot.Teams.Connector;
using ScrutinyBot.Teams.Conversations;
using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Teams.Hosting;

public static class TeamsProtocolServiceCollectionExtensions
{
    /// <summary>The Bot Connector protocol: auth, Connector client, references, adapter, endpoint. Register the bot
    /// app (IBot) first; a silent bot stands in when there is none. Options are bound by the host.</summary>
    public static IServiceCollection AddTeamsProtocol(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(ConnectorClient.HttpClientName).AddConnectorResilience();
        services.AddHttpClient(OpenIdKeyCache.HttpClientName);
        services.AddHttpClient(MsalHttpClientFactory.HttpClientName);
        services.TryAddSingleton<ServiceUrlPolicy>();
        services.TryAddSingleton<IBotTokenProvider, MsalBotTokenProvider>();
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();
        services.TryAddSingleton<IProactiveMessenger, ProactiveMessenger>();
        services.TryAddSingleton<IConversationReferenceStore, SqliteConversationReferenceStore>();
        services.TryAddSingleton<SigningKeyCatalog>();
        services.TryAddSingleton<BotTokenValidator>();
        services.TryAddSingleton<BotAuthenticator>();
        services.TryAddSingleton<IBot, SilentBot>();
        services.TryAddScoped<BotAdapter>();
        services.TryAddScoped<BotMessageEndpoint>();
        services.AddHostedService<BotStartupCheck>();
        return services;
    }
}
