using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ScrutinyBot.Core.Answering;
using ScrutinyBot.Teams.App.Commands;
using ScrutinyBot.Teams.App.Feedback;
using ScrutinyBot.Teams.App.Invokes;
using ScrutinyBot.Teams.App.Search;
using ScrutinyBot.Teams.App.Turns;
using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Teams.App;

public static class BotAppServiceCollectionExtensions
{
    /// <summary>The ScrutinyBot conversation logic (the IBot): commands, cards, feedback, message extension.</summary>
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
        services.AddSingleton<ComposeSearch>();
        services.AddSingleton<IInvokeHandler, ComposeExtensionQueryHandler>();
        services.AddSingleton<IInvokeHandler, CardActionInvokeHandler>();
        services.AddSingleton<IInvokeHandler, FeedbackInvokeHandler>();
        services.AddSingleton<MessageActivityHandler>();
        services.AddSingleton<WelcomeSender>();
        services.AddSingleton<IBot, ScrutinyBotHandler>();
        return services;
    }
}
