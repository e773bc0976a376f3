using Microsoft.Extensions.DependencyInjection;

namespace ScrutinyBot.Teams.App;

public static class BotAppServiceCollectionExtensions
{
    /// <summary>The ScrutinyBot conversation logic: commands, cards, message extension.</summary>
    public static IServiceCollection AddScrutinyBotApp(this IServiceCollection services) => services;
}
