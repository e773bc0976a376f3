using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Teams.Hosting;

/// <summary>The bot used when no bot app is registered: it answers nothing.</summary>
public sealed class SilentBot : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;
}
