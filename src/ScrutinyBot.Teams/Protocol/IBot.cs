namespace ScrutinyBot.Teams.Protocol;

/// <summary>The conversation logic: called once per inbound activity (and per proactive turn).</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
