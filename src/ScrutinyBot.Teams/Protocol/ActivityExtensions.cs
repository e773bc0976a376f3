using System.Net;

namespace ScrutinyBot.Teams.Protocol;

/// <summary>The SDK's activity helpers: replies, references, mentions, bot-added checks.</summary>
public static class ActivityExtensions
{
    /// <summary>A message replying to <paramref name="activity"/>: addresses swapped, same conversation,
    /// <c>replyToId</c> set to the activity's id.</summary>
    public static Activity CreateReply(this Activity activity, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Timestamp = null,
            From = Copy(activity.Recipient),
            Recipient = Copy(activity.From),
            ReplyToId = activity.Id,
            ServiceUrl = activity.ServiceUrl,
            ChannelId = activity.ChannelId,
            Conversation = activity.Conversation,
            Text = text ?? string.Empty,
            Locale = activity.Locale,
            Attachments = [],
            Entities = [],
        };
    }

    public static ConversationReference GetConversationReference(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new ConversationReference
        {
            ActivityId = activity.Id,
            User = Copy(activity.From),
            Bot = Copy(activity.Recipient),
            Conversation = activity.Conversation,
            ChannelId = activity.ChannelId,
            ServiceUrl = activity.ServiceUrl,
            Locale = activity.Locale,
        };
    }

    /// <summary>Removes every mention of the recipient (the bot) from <see cref="Activity.Text"/>, HTML-decodes
    /// what is left (Teams writes <c>&amp;nbsp;</c>) and trims it. Returns the new text.</summary>
    public static string RemoveRecipientMention(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        if (botId is not null && activity.Entities is not null)
        {
            foreach (var mention in activity.Entities.Where(e => IsMentionOf(e, botId)))
            {
                if (!string.IsNullOrEmpty(mention.Text))
                {
                    text = text.Replace(mention.Text, string.Empty, StringComparison.Ordinal);
                }
            }
        }

        text = WebUtility.HtmlDecode(text).Replace('\u00a0', ' ').Trim();
        activity.Text = text;
        return text;
    }

    /// <summary>True when the activity mentions the recipient (the bot).</summary>
    public static bool MentionsRecipient(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var botId = activity.Recipient?.Id;
        return botId is not null && activity.Entities is not null && activity.Entities.Any(e => IsMentionOf(e, botId));
    }

    /// <summary>True for a conversationUpdate whose membersAdded holds the bot, or an installationUpdate that
    /// adds the app (add, add-upgrade).</summary>
    public static bool IsBotAdded(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.Equals(activity.Type, ActivityTypes.InstallationUpdate, StringComparison.OrdinalIgnoreCase))
        {
            return activity.Action is { } action && action.StartsWith("add", StringComparison.OrdinalIgnoreCase);
        }

        return string.Equals(activity.Type, ActivityTypes.ConversationUpdate, StringComparison.OrdinalIgnoreCase)
            && activity.Recipient?.Id is { } botId
            && activity.MembersAdded is { } added
            && added.Any(m => string.Equals(m.Id, botId, StringComparison.Ordinal));
    }

    public static bool IsType(this Activity activity, string type) =>
        string.Equals(activity?.Type, type, StringComparison.OrdinalIgnoreCase);

    private static bool IsMentionOf(Entity entity, string botId) =>
        string.Equals(entity.Type, Entity.MentionType, StringComparison.OrdinalIgnoreCase)
        && string.Equals(entity.Mentioned?.Id, botId, StringComparison.Ordinal);

    private static ChannelAccount? Copy(ChannelAccount? account) =>
        account is null ? null : new ChannelAccount(account.Id, account.Name) { AadObjectId = account.AadObjectId, Role = account.Role };
}
