namespace ScrutinyBot.Teams.Protocol;

/// <summary>The Connector's answer to a send: the new activity's id (empty when nothing was sent over HTTP).</summary>
public sealed record ResourceResponse(string Id)
{
    public static ResourceResponse Empty { get; } = new(string.Empty);
}
