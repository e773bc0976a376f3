using System.Text.Json;
using System.Text.Json.Serialization;

namespace ScrutinyBot.Teams.Protocol;

/// <summary>Metadata on an activity, a JSON object with a <c>type</c>: mentions, clientInfo, schema.org Message,
/// streaminfo. <see cref="Mentioned"/> and <see cref="Text"/> are set on mentions; any other field sits in
/// <see cref="Properties"/> (write any serialisable value there).</summary>
public sealed class Entity
{
    public const string MentionType = "mention";

    public string? Type { get; set; }

    /// <summary>Mentions only: who is mentioned.</summary>
    public ChannelAccount? Mentioned { get; set; }

    /// <summary>Mentions only: the exact text in the activity, e.g. <c>&lt;at&gt;Bot&lt;/at&gt;</c>.</summary>
    public string? Text { get; set; }

    [JsonExtensionData]
    public Dictionary<string, object?>? Properties { get; set; }

    public static Entity Mention(ChannelAccount mentioned) =>
        new() { Type = MentionType, Mentioned = mentioned, Text = $"<at>{mentioned.Name}</at>" };

    /// <summary>An extra field as JSON (received values are JsonElement; values set in code are serialised).</summary>
    public JsonElement? GetProperty(string name) =>
        Properties is not null && Properties.TryGetValue(name, out var value) && value is not null
            ? value as JsonElement? ?? JsonSerializer.SerializeToElement(value, ProtocolJson.Options)
            : null;
}
