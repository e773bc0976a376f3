using Microsoft.Extensions.Logging;
using ScrutinyBot.Teams.Connector;
using ScrutinyBot.Teams.Conversations;
using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Teams.Hosting;

/// <summary>Runs one authenticated activity through the bot: stores the conversation reference, calls
/// <see cref="IBot.OnTurnAsync"/> inside the turn's single error boundary, and hands back the turn context (its
/// invoke response and buffered replies make the HTTP answer).</summary>
public sealed partial class BotAdapter(
    IBot bot,
    IConnectorClient connector,
    IConversationReferenceStore references,
    ILogger<BotAdapter> logger)
{
    public const string ApologyText = "Sorry, something went wrong on our side. If it happens again, quote reference {0}.";

    public async Task<TurnContext> ProcessActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        await SaveReferenceAsync(activity, cancellationToken).ConfigureAwait(false);
        var context = new TurnContext(activity, connector);
        try
        {
            await bot.OnTurnAsync(context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            await OnTurnErrorAsync(context, ex, cancellationToken).ConfigureAwait(false);
        }

        return context;
    }

    private async Task SaveReferenceAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(activity.Conversation?.Id) || string.IsNullOrEmpty(activity.ServiceUrl))
        {
            return;
        }

        try
        {
            await references.SaveAsync(activity.GetConversationReference(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogReferenceNotSaved(logger, activity.Id, ex);
        }
    }

    private async Task OnTurnErrorAsync(TurnContext context, Exception exception, CancellationToken cancellationToken)
    {
        var correlationId = Guid.NewGuid().ToString("N")[..8];
        var activity = context.Activity;
        LogTurnFailed(logger, activity.Type, activity.Id, correlationId, exception);
        var isInvoke = activity.IsType(ActivityTypes.Invoke);
        if (isInvoke && context.InvokeResponse is null)
        {
            await context.SendActivityAsync(new InvokeResponse(500).ToActivity(), cancellationToken).ConfigureAwait(false);
        }

        if (!isInvoke && !activity.IsType(ActivityTypes.Message))
        {
            return;
        }

        try
        {
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, ApologyText, correlationId);
            await context.SendActivityAsync(activity.CreateReply(text), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogApologyFailed(logger, activity.Id, correlationId, ex);
        }
    }

    [LoggerMessage(EventId = 4301, Level = LogLevel.Error, Message = "Turn failed for {ActivityType} activity {ActivityId} (correlation {CorrelationId})")]
    private static partial void LogTurnFailed(ILogger logger, string? activityType, string? activityId, string correlationId, Exception exception);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Error, Message = "Could not send the apology for activity {ActivityId} (correlation {CorrelationId})")]
    private static partial void LogApologyFailed(ILogger logger, string? activityId, string correlationId, Exception exception);

    [LoggerMessage(EventId = 4303, Level = LogLevel.Warning, Message = "Could not store the conversation reference of activity {ActivityId}")]
    private static partial void LogReferenceNotSaved(ILogger logger, string? activityId, Exception exception);
}
