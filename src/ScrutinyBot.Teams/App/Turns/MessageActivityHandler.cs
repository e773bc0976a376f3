using Microsoft.Extensions.Logging;
using ScrutinyBot.Teams.App.Cards;
using ScrutinyBot.Teams.App.Commands;
using ScrutinyBot.Teams.App.Feedback;
using ScrutinyBot.Teams.App.Invokes;
using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Teams.App.Turns;

/// <summary>A message: a feedback button's submit is stored and acknowledged; otherwise, in personal chats always
/// and in group chats and channels only when the bot is @mentioned, the text (mention removed) goes through the
/// command table, with a typing indicator while the command works, and the card comes back as a reply. A card
/// button's submit that carries a command (the Action.Submit fallback of Refresh) runs that command.</summary>
public sealed partial class MessageActivityHandler(
    CommandTable commands,
    IFeedbackStore feedback,
    ILogger<MessageActivityHandler> logger)
{
    public async Task HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (FeedbackReactions.Normalise(InvokeValue.String(activity.Value, AnswerCardBuilder.FeedbackKey)) is { } reaction)
        {
            await StoreFeedbackAsync(turnContext, reaction, cancellationToken).ConfigureAwait(false);
            return;
        }

        // A button on one of the bot's own cards is addressed to the bot, mention or not.
        var command = ButtonCommand(activity);
        if (command is null && !IsPersonal(activity) && !activity.MentionsRecipient())
        {
            LogNotMentioned(logger, activity.Id);
            return;
        }

        var text = activity.RemoveRecipientMention();
        if (text.Length == 0 && command is not null)
        {
            text = command;
        }

        await turnContext.SendActivityAsync(Activity.CreateTypingActivity(), cancellationToken).ConfigureAwait(false);
        var match = commands.Match(text);
        LogCommand(logger, match.Command.Descriptor.Name, activity.Id);
        var reply = match.Unknown
            ? new CommandReply(HelpCardBuilder.Help(match.Arguments), "What I can do")
            : await match.Command.ExecuteAsync(
                new CommandRequest(match.Arguments, activity.Conversation?.Id ?? string.Empty, activity.GetConversationReference().ToJson(), activity.From?.Id),
                cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(ReplyActivities.Card(activity, reply), cancellationToken).ConfigureAwait(false);
    }

    private async Task StoreFeedbackAsync(ITurnContext turnContext, string reaction, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var vote = new FeedbackVote(
            activity.Conversation?.Id ?? string.Empty,
            activity.ReplyToId,
            activity.From?.Id,
            reaction,
            InvokeValue.String(activity.Value, "question"),
            Comment: null);
        await feedback.SaveAsync(vote, cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(activity.CreateReply(FeedbackAcknowledgement.Text), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The command a card button carries: in the submit data itself (Action.Submit as the Playground and Web
    /// Chat send it) or in the messageBack value (as Teams sends it).</summary>
    private static string? ButtonCommand(Activity activity) =>
        InvokeValue.String(activity.Value, AdaptiveCardElements.CommandKey)
        ?? InvokeValue.String(InvokeValue.Property(InvokeValue.Property(activity.Value, "msteams"), "value"), AdaptiveCardElements.CommandKey);

    /// <summary>Personal chats, and channels that do not say (Emulator, Web Chat), answer every message.</summary>
    private static bool IsPersonal(Activity activity) =>
        activity.Conversation?.ConversationType is { } type
            ? string.Equals(type, "personal", StringComparison.OrdinalIgnoreCase)
            : activity.Conversation?.IsGroup != true;

    [LoggerMessage(EventId = 4511, Level = LogLevel.Debug, Message = "Message {ActivityId} in a group conversation does not mention the bot; ignored")]
    private static partial void LogNotMentioned(ILogger logger, string? activityId);

    [LoggerMessage(EventId = 4512, Level = LogLevel.Information, Message = "Running command {Command} for activity {ActivityId}")]
    private static partial void LogCommand(ILogger logger, string command, string? activityId);
}
