using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Host.Telemetry;

/// <summary>Counts each turn by activity type, inside a "turn" span.</summary>
internal sealed class InstrumentedBot(IBot inner, ScrutinyTelemetry telemetry) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var type = turnContext.Activity.Type ?? "unknown";
        using var span = telemetry.Source.StartActivity("turn");
        span?.SetTag("scrutinybot.activity.type", type);
        telemetry.Turns.Add(1, new KeyValuePair<string, object?>("activity.type", type));
        await inner.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }
}
