namespace ScrutinyBot.Host.Teams;

public static class TeamsRegistration
{
    public static IServiceCollection AddTeamsBot(this IServiceCollection services) => services;

    public static WebApplication MapTeamsBot(this WebApplication app) => app;
}
