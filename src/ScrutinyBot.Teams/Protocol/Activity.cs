using System.Text.Json;
using System.Text.Json.Serialization;

namespace ScrutinyBot.Teams.Protocol;

/// <summary>One Bot Framework activity, shaped like the SDK's. Unknown fields are kept in <see cref="Properties"/>
/// so nothing a channel sends is lost; nulls are omitted when writing (see <see cref="ProtocolJson"/>).</summary>
public sealed class Activity
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>Kept as text: clients write it in several shapes and it is informational only.</summary>
    public string? LocalTimestamp { get; set; }

    /// <summary>Where replies go (Teams: <c>https://smba.trafficmanager.net/amer/</c>). Only trusted per the allow-list.</summary>
    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? Text { get; set; }

    /// <summary>markdown, plain or xml.</summary>
    public string? TextFormat { get; set; }

    public string? Locale { get; set; }

    public string? Summary { get; set; }

    public string? InputHint { get; set; }

    /// <summary>list or carousel.</summary>
    public string? AttachmentLayout { get; set; }

    public List<Attachment>? Attachments { get; set; }

    public List<Entity>? Entities { get; set; }

    /// <summary>Channel-specific data (Teams: tenant, team, channel, eventType, feedbackLoop).</summary>
    public JsonElement? ChannelData { get; set; }

    /// <summary>Card submit data or the invoke payload.</summary>
    public JsonElement? Value { get; set; }

    /// <summary>The invoke or event name (e.g. <c>composeExtension/query</c>).</summary>
    public string? Name { get; set; }

    public string? ReplyToId { get; set; }

    public List<ChannelAccount>? MembersAdded { get; set; }

    public List<ChannelAccount>? MembersRemoved { get; set; }

    public List<MessageReaction>? ReactionsAdded { get; set; }

    public List<MessageReaction>? ReactionsRemoved { get; set; }

    /// <summary>installationUpdate: add, add-upgrade, remove, remove-upgrade.</summary>
    public string? Action { get; set; }

    public SuggestedActions? SuggestedActions { get; set; }

    /// <summary>normal or expectReplies (see <see cref="DeliveryModes"/>).</summary>
    public string? DeliveryMode { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    public static Activity CreateMessageActivity(string? text = null) => new() { Type = ActivityTypes.Message, Text = text };

    public static Activity CreateTypingActivity() => new() { Type = ActivityTypes.Typing };
}
