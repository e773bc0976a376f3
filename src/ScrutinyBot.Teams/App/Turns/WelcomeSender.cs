using System.Collections.Concurrent;
using ScrutinyBot.Teams.App.Cards;
using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Teams.App.Turns;

/// <summary>Sends the welcome card when the bot is added (conversationUpdate naming the bot, or installationUpdate
/// "add"). Teams and the Playground send both on install, so one conversation is welcomed at most once a minute.</summary>
public sealed class WelcomeSender(TimeProvider timeProvider)
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _welcomed = new(StringComparer.Ordinal);

    public async Task WelcomeIfAddedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var added = activity.IsType(ActivityTypes.InstallationUpdate)
            ? string.Equals(activity.Action, "add", StringComparison.OrdinalIgnoreCase)
            : activity.IsBotAdded();
        var conversationId = activity.Conversation?.Id;
        if (!added || conversationId is null || !FirstInAWhile(conversationId))
        {
            return;
        }

        var inChannel = activity.Conversation?.ConversationType is "channel" or "groupChat" || activity.Conversation?.IsGroup == true;
        var message = Activity.CreateMessageActivity();
        message.Summary = "Hello, I'm ScrutinyBot";
        message.Attachments = [new Attachment { ContentType = AdaptiveCardElements.ContentType, Content = HelpCardBuilder.Welcome(inChannel) }];
        await turnContext.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
    }

    private bool FirstInAWhile(string conversationId)
    {
        var now = timeProvider.GetUtcNow();
        foreach (var stale in _welcomed.Where(p => now - p.Value > Quiet).Select(p => p.Key).ToList())
        {
            _welcomed.TryRemove(stale, out _);
        }

        return _welcomed.TryAdd(conversationId, now);
    }
}
