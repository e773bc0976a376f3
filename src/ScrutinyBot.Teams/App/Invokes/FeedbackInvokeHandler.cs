using System.Text.Json;
using ScrutinyBot.Teams.App.Feedback;
using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Teams.App.Invokes;

/// <summary>Teams' own feedback buttons (the feedback loop): invoke <c>message/submitAction</c> with
/// <c>{actionName:"feedback", actionValue:{reaction:"like"|"dislike", feedback:"{\"feedbackText\":…}"}}</c>.
/// The vote is stored and Teams gets 200 <c>{}</c>.</summary>
public sealed class FeedbackInvokeHandler(IFeedbackStore store) : IInvokeHandler
{
    public string Name => "message/submitAction";

    public async Task<InvokeResponse?> HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (!string.Equals(InvokeValue.String(activity.Value, "actionName"), "feedback", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var actionValue = InvokeValue.Property(activity.Value, "actionValue");
        var reaction = FeedbackReactions.Normalise(InvokeValue.String(actionValue, "reaction"));
        if (reaction is null)
        {
            return new InvokeResponse(400, new { error = "reaction must be like or dislike" });
        }

        var vote = new FeedbackVote(
            activity.Conversation?.Id ?? string.Empty,
            activity.ReplyToId,
            activity.From?.Id,
            reaction,
            Question: null,
            Comment: FeedbackText(InvokeValue.String(actionValue, "feedback")));
        await store.SaveAsync(vote, cancellationToken).ConfigureAwait(false);
        return new InvokeResponse(200, new { });
    }

    /// <summary>Teams sends the comment as a JSON string <c>{"feedbackText":"…"}</c>; anything else is kept as sent.</summary>
    private static string? FeedbackText(string? feedback)
    {
        if (string.IsNullOrWhiteSpace(feedback))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(feedback);
            return InvokeValue.String(document.RootElement, "feedbackText") ?? feedback;
        }
        catch (JsonException)
        {
            return feedback;
        }
    }
}
