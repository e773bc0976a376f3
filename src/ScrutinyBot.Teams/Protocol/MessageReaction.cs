namespace ScrutinyBot.Teams.Protocol;

/// <summary>A reaction added to or removed from a message (like, heart…).</summary>
public sealed class MessageReaction
{
    public string? Type { get; set; }
}
