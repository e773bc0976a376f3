using ScrutinyBot.Host.Cli;
using ScrutinyBot.Teams.App;
using ScrutinyBot.Teams.Connector;
using ScrutinyBot.Teams.Hosting;

namespace ScrutinyBot.Host.Teams;

public static class TeamsRegistration
{
    /// <summary>Bot options, the bot app (IBot) and the Bot Connector protocol around it.</summary>
    public static IServiceCollection AddTeamsBot(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>()
            .BindConfiguration(BotOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<ConnectorOptions>()
            .BindConfiguration(ConnectorOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<ScrutinyBot.Host.Packaging.TeamsAppOptions>().BindConfiguration(ScrutinyBot.Host.Packaging.TeamsAppOptions.SectionName);
        services.AddScrutinyBotApp();
        services.AddCliVerb<ScrutinyBot.Host.Packaging.PackageVerb>();
        services.AddTeamsProtocol();
        return services;
    }

    /// <summary>POST /api/messages, the Bot Framework messaging endpoint.</summary>
    public static WebApplication MapTeamsBot(this WebApplication app)
    {
        app.MapPost("/api/messages", (HttpContext context, BotMessageEndpoint endpoint) => endpoint.HandleAsync(context));
        return app;
    }
}
