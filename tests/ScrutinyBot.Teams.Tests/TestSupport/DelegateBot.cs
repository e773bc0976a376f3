using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Teams.Tests.TestSupport;

/// <summary>A bot whose turn is a lambda; counts turns.</summary>
public sealed class DelegateBot(Func<ITurnContext, CancellationToken, Task> onTurn) : IBot
{
    public int Turns { get; private set; }

    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Turns++;
        return onTurn(turnContext, cancellationToken);
    }
}
