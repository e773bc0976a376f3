using System.Text.Json;
using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Teams.Connector;

/// <summary>The body of POST v3/conversations. A channel thread: IsGroup true and channelData.channel.id;
/// a 1:1 chat: Bot plus one member.</summary>
public sealed class ConversationParameters
{
    public bool IsGroup { get; set; }

    public ChannelAccount? Bot { get; set; }

    public List<ChannelAccount>? Members { get; set; }

    public string? TopicName { get; set; }

    public string? TenantId { get; set; }

    public Activity? Activity { get; set; }

    public JsonElement? ChannelData { get; set; }
}
