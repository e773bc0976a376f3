using System.Text.Json.Nodes;
using ScrutinyBot.Teams.App.Cards;
using ScrutinyBot.Teams.App.Commands;
using ScrutinyBot.Teams.App.Feedback;
using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Teams.App.Invokes;

/// <summary>Universal Actions (Action.Execute → invoke <c>adaptiveCard/action</c>): "refresh" re-runs the card's
/// command and replaces the card; "feedback" stores a vote and answers with a message. Per the Universal Actions
/// contract the HTTP status is 200 and the body's statusCode says how it went.</summary>
public sealed class CardActionInvokeHandler(CommandTable commands, IFeedbackStore feedback) : IInvokeHandler
{
    public const string CardResponseType = "application/vnd.microsoft.card.adaptive";
    public const string MessageResponseType = "application/vnd.microsoft.activity.message";
    public const string ErrorResponseType = "application/vnd.microsoft.error";

    public string Name => "adaptiveCard/action";

    public async Task<InvokeResponse?> HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var action = InvokeValue.Property(activity.Value, "action");
        var verb = InvokeValue.String(action, "verb");
        var data = InvokeValue.Property(action, "data");
        if (string.Equals(verb, FactListCardBuilder.RefreshVerb, StringComparison.OrdinalIgnoreCase)
            && InvokeValue.String(data, FactListCardBuilder.CommandKey) is { Length: > 0 } commandText)
        {
            var match = commands.Match(commandText);
            var request = new CommandRequest(match.Arguments, activity.Conversation?.Id ?? string.Empty, activity.GetConversationReference().ToJson(), activity.From?.Id);
            var reply = await match.Command.ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
            return Respond(CardResponseType, reply.Card);
        }

        if (string.Equals(verb, AnswerCardBuilder.FeedbackKey, StringComparison.OrdinalIgnoreCase)
            && FeedbackReactions.Normalise(InvokeValue.String(data, AnswerCardBuilder.FeedbackKey)) is { } reaction)
        {
            var vote = new FeedbackVote(activity.Conversation?.Id ?? string.Empty, activity.ReplyToId, activity.From?.Id, reaction, InvokeValue.String(data, "question"), null);
            await feedback.SaveAsync(vote, cancellationToken).ConfigureAwait(false);
            return Respond(MessageResponseType, JsonValue.Create(FeedbackAcknowledgement.Text));
        }

        return Respond(ErrorResponseType, new JsonObject { ["code"] = "BadRequest", ["message"] = "This button is not one I know." }, statusCode: 400);
    }

    private static InvokeResponse Respond(string type, JsonNode value, int statusCode = 200) =>
        new(200, new JsonObject { ["statusCode"] = statusCode, ["type"] = type, ["value"] = value });
}
