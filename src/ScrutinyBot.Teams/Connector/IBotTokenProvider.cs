namespace ScrutinyBot.Teams.Connector;

/// <summary>The bot's outbound token for the Bot Connector (scope https://api.botframework.com/.default).</summary>
public interface IBotTokenProvider
{
    /// <summary>A bearer token, or null when the bot has no app id (anonymous loopback mode).</summary>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
