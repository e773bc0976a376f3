namespace ScrutinyBot.Teams.Protocol;

public static class TurnContextExtensions
{
    /// <summary>Replies to the turn's activity with a plain text message.</summary>
    public static Task<ResourceResponse> SendTextAsync(this ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.SendActivityAsync(turnContext.Activity.CreateReply(text), cancellationToken);
    }

    /// <summary>Sets the HTTP answer of an invoke.</summary>
    public static Task SendInvokeResponseAsync(this ITurnContext turnContext, InvokeResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(response);
        return turnContext.SendActivityAsync(response.ToActivity(), cancellationToken);
    }
}
