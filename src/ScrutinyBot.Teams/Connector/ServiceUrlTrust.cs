namespace ScrutinyBot.Teams.Connector;

/// <summary>How a Connector call to a serviceUrl may go.</summary>
public enum ServiceUrlTrust
{
    Refused,

    /// <summary>Allow-listed https host or the configured Playground: send with the bot's token.</summary>
    WithToken,

    /// <summary>No app id and a loopback serviceUrl: send without a token.</summary>
    Anonymous,
}
