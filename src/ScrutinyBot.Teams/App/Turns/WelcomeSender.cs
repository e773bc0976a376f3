using System.Collections.Concurrent;
using ScrutinyBot.Teams.App.Cards;
using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Teams.App.Turns;

/// <summary>Sends the welcome card when the app is installed (installationUpdate "add"), when the bot is added to a
/// conversation, or, in a personal chat, when the user is added (conversationUpdate membersAdded), as Teams does.
/// One install arrives as a pair, an installationUpdate and a conversationUpdate a moment apart (Teams and the Agents
/// Playground both send it, in either order), and gets one welcome: the second of a pair is skipped. A later install
/// (the Playground installs again each time its page is opened) is welcomed again.</summary>
public sealed class WelcomeSender(TimeProvider timeProvider)
{
    /// <summary>How far apart the two activities of one install may arrive.</summary>
    public static readonly TimeSpan PairWindow = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, Welcomed> _welcomed = new(StringComparer.Ordinal);

    public async Task WelcomeIfAddedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var conversationId = activity.Conversation?.Id;
        if (!IsWelcomeEvent(activity) || conversationId is null || !StartsNewInstall(conversationId, activity.Type ?? string.Empty))
        {
            return;
        }

        var message = Activity.CreateMessageActivity();
        message.Summary = "Hello, I'm ScrutinyBot";
        message.Attachments = [new Attachment { ContentType = AdaptiveCardElements.ContentType, Content = HelpCardBuilder.Welcome(IsShared(activity)) }];
        await turnContext.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
    }

    private static bool IsWelcomeEvent(Activity activity)
    {
        if (activity.IsType(ActivityTypes.InstallationUpdate))
        {
            return string.Equals(activity.Action, "add", StringComparison.OrdinalIgnoreCase);
        }

        // In a personal chat the only people are the user and the bot, so anyone added is the start of that chat; in a
        // channel or group chat only the bot's own arrival is announced (not every new member).
        return activity.IsBotAdded() || (!IsShared(activity) && activity.MembersAdded is { Count: > 0 });
    }

    private static bool IsShared(Activity activity) =>
        activity.Conversation?.ConversationType is "channel" or "groupChat" || activity.Conversation?.IsGroup == true;

    /// <summary>False for the second activity of an install pair: one of the other type within the window of the first.</summary>
    private bool StartsNewInstall(string conversationId, string type)
    {
        var now = timeProvider.GetUtcNow();
        foreach (var stale in _welcomed.Where(p => now - p.Value.At > PairWindow).Select(p => p.Key).ToList())
        {
            _welcomed.TryRemove(stale, out _);
        }

        var isNew = true;
        _welcomed.AddOrUpdate(
            conversationId,
            _ => new Welcomed(now, type, Paired: false),
            (_, last) =>
            {
                isNew = last.Paired || string.Equals(last.Type, type, StringComparison.OrdinalIgnoreCase);
                return isNew ? new Welcomed(now, type, Paired: false) : last with { Paired = true };
            });
        return isNew;
    }

    private sealed record Welcomed(DateTimeOffset At, string Type, bool Paired);
}
