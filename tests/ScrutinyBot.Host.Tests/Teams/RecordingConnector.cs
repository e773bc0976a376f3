using System.Collections.Concurrent;
using ScrutinyBot.Teams.Connector;
using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Host.Tests.Teams;

/// <summary>Stands in for the Bot Connector: records what the bot sends.</summary>
internal sealed class RecordingConnector : IConnectorClient
{
    public ConcurrentQueue<(string Call, string ConversationId, Activity? Activity)> Calls { get; } = new();

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        Record("send", conversationId, activity);

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        Record("reply", conversationId, activity);

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        Record("update", conversationId, activity);

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        Record("delete", conversationId, null);

    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        await Record("create", string.Empty, parameters.Activity);
        return new ConversationResourceResponse { Id = "created-1" };
    }

    private Task<ResourceResponse> Record(string call, string conversationId, Activity? activity)
    {
        Calls.Enqueue((call, conversationId, activity));
        return Task.FromResult(new ResourceResponse($"sent-{Calls.Count}"));
    }
}
