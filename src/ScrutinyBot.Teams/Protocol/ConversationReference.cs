using System.Text.Json;

namespace ScrutinyBot.Teams.Protocol;

/// <summary>Everything needed to post into a conversation later (proactive messages, digests).</summary>
public sealed class ConversationReference
{
    /// <summary>The activity the reference was taken from (informational; proactive sends do not reply to it).</summary>
    public string? ActivityId { get; set; }

    public ChannelAccount? User { get; set; }

    public ChannelAccount? Bot { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? ChannelId { get; set; }

    public string? ServiceUrl { get; set; }

    public string? Locale { get; set; }

    public string ToJson() => JsonSerializer.Serialize(this, ProtocolJson.Options);

    /// <summary>Reads a reference written by <see cref="ToJson"/>; null when the text is not one.</summary>
    public static ConversationReference? FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ConversationReference>(json, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
