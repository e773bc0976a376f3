using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Teams.Connector;

/// <summary>The Bot Connector REST API (v3) at an activity's serviceUrl. Calls are retried on 429/412/5xx with
/// backoff (a POST only when it provably did not land; see <see cref="ConnectorResilience"/>); a serviceUrl outside the allow-list is refused. Failures throw <see cref="ConnectorException"/>
/// (403/404 usually mean the bot was removed or blocked).</summary>
public interface IConnectorClient
{
    /// <summary>POST v3/conversations/{conversationId}/activities.</summary>
    Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>POST v3/conversations/{conversationId}/activities/{replyToId}.</summary>
    Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken);

    /// <summary>PUT v3/conversations/{conversationId}/activities/{activityId} with the whole activity.</summary>
    Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary>DELETE v3/conversations/{conversationId}/activities/{activityId}.</summary>
    Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary>POST v3/conversations: a 1:1 chat with a user, or a new thread in a channel.</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);
}
