namespace ScrutinyBot.Teams.Protocol;

/// <summary>A button in suggested actions (imBack, messageBack, openUrl…).</summary>
public sealed class CardAction
{
    public string? Type { get; set; }

    public string? Title { get; set; }

    /// <summary>What the action sends: text for imBack, a URL for openUrl, any object for messageBack.</summary>
    public object? Value { get; set; }

    public string? Text { get; set; }

    public string? DisplayText { get; set; }

    public string? Image { get; set; }
}
