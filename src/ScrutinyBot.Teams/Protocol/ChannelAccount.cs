using System.Text.Json;
using System.Text.Json.Serialization;

namespace ScrutinyBot.Teams.Protocol;

/// <summary>A user or bot on a channel. Ids are opaque (Teams users <c>29:…</c>, bots <c>28:…</c>).</summary>
public sealed class ChannelAccount
{
    public ChannelAccount()
    {
    }

    public ChannelAccount(string? id, string? name = null)
    {
        Id = id;
        Name = name;
    }

    public string? Id { get; set; }

    public string? Name { get; set; }

    /// <summary>The Entra object id of a user: the stable identity across chats.</summary>
    public string? AadObjectId { get; set; }

    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
