namespace ScrutinyBot.Teams.Connector;

/// <summary>The answer to POST v3/conversations.</summary>
public sealed class ConversationResourceResponse
{
    public string? Id { get; set; }

    public string? ActivityId { get; set; }

    public string? ServiceUrl { get; set; }
}
