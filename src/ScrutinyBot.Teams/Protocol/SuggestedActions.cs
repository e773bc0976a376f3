namespace ScrutinyBot.Teams.Protocol;

/// <summary>Quick replies shown under a message (Teams shows three; not with attachments).</summary>
public sealed class SuggestedActions
{
    public List<string>? To { get; set; }

    public List<CardAction> Actions { get; set; } = [];
}
