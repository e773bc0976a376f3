using Microsoft.Extensions.Logging;
using ScrutinyBot.Teams.App.Invokes;
using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Teams.App.Turns;

/// <summary>The bot: routes each activity by type. Messages go through the command table; the bot being added
/// gets a welcome card; invokes go to the handler for their name (none → the protocol's 501); reactions and
/// other events are acknowledged (200) and ignored.</summary>
public sealed partial class ScrutinyBotHandler(
    MessageActivityHandler messages,
    WelcomeSender welcome,
    IEnumerable<IInvokeHandler> invokeHandlers,
    ILogger<ScrutinyBotHandler> logger) : IBot
{
    private readonly Dictionary<string, IInvokeHandler> _invokes =
        invokeHandlers.ToDictionary(h => h.Name, StringComparer.OrdinalIgnoreCase);

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.IsType(ActivityTypes.Message))
        {
            await messages.HandleAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
        else if (activity.IsType(ActivityTypes.ConversationUpdate) || activity.IsType(ActivityTypes.InstallationUpdate))
        {
            await welcome.WelcomeIfAddedAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
        else if (activity.IsType(ActivityTypes.Invoke))
        {
            await InvokeAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            LogIgnored(logger, activity.Type, activity.Id);
        }
    }

    private async Task InvokeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var name = turnContext.Activity.Name ?? string.Empty;
        if (!_invokes.TryGetValue(name, out var handler))
        {
            LogUnknownInvoke(logger, name, turnContext.Activity.Id);
            return;
        }

        if (await handler.HandleAsync(turnContext, cancellationToken).ConfigureAwait(false) is { } response)
        {
            await turnContext.SendInvokeResponseAsync(response, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(EventId = 4501, Level = LogLevel.Debug, Message = "Ignored {ActivityType} activity {ActivityId}")]
    private static partial void LogIgnored(ILogger logger, string? activityType, string? activityId);

    [LoggerMessage(EventId = 4502, Level = LogLevel.Information, Message = "No handler for invoke {InvokeName} (activity {ActivityId}); answering 501")]
    private static partial void LogUnknownInvoke(ILogger logger, string invokeName, string? activityId);
}
