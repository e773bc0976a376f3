using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ScrutinyBot.Core.Answering;
using ScrutinyBot.Teams.App.Commands;
using ScrutinyBot.Teams.App.Feedback;

namespace ScrutinyBot.Teams.App;

public static class BotAppServiceCollectionExtensions
{
    /// <summary>The ScrutinyBot conversation logic: commands, cards, message extension.</summary>
    public static IServiceCollection AddScrutinyBotApp(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CouncilClock>();
        services.TryAddSingleton<IQuestionAnswerer, UnavailableQuestionAnswerer>();
        services.AddSingleton<ICommand, HelpCommand>();
        services.AddSingleton<ICommand, AskCommand>();
        services.AddSingleton<ICommand, OverdueCommand>();
        services.AddSingleton<ICommand, DueSoonCommand>();
        services.AddSingleton<ICommand, ResolutionsCommand>();
        services.AddSingleton<ICommand, NextMeetingCommand>();
        services.AddSingleton<ICommand, MeetingCommand>();
        services.AddSingleton<ICommand, SubscribeCommand>();
        services.AddSingleton<ICommand, UnsubscribeCommand>();
        services.AddSingleton<ICommand, SubscriptionsCommand>();
        services.AddSingleton<ICommand, DigestNowCommand>();
        services.AddSingleton<CommandTable>();
        services.AddSingleton<IFeedbackStore, SqliteFeedbackStore>();
        return services;
    }
}
