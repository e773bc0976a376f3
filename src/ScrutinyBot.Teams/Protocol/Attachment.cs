using System.Text.Json;
using System.Text.Json.Serialization;

namespace ScrutinyBot.Teams.Protocol;

/// <summary>A card or file on an activity. Adaptive Cards use <see cref="AdaptiveCardContentType"/>.</summary>
public sealed class Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; set; }

    public string? ContentUrl { get; set; }

    /// <summary>The card JSON: any serialisable object when sending, a <see cref="JsonElement"/> when received.</summary>
    public object? Content { get; set; }

    public string? Name { get; set; }

    public string? ThumbnailUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
