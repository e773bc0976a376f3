using ScrutinyBot.Teams.Connector;
using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Teams.Tests.TestSupport;

/// <summary>An IConnectorClient that records calls ("send", "reply", "update", "delete", "create") and can fail.</summary>
public sealed class RecordingConnectorClient : IConnectorClient
{
    public List<(string Call, string ServiceUrl, string ConversationId, string? ActivityId, Activity? Activity)> Calls { get; } = [];

    public Exception? FailWith { get; set; }

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        Record("send", serviceUrl, conversationId, null, activity);

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        Record("reply", serviceUrl, conversationId, replyToId, activity);

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        Record("update", serviceUrl, conversationId, activityId, activity);

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        Record("delete", serviceUrl, conversationId, activityId, null);

    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        await Record("create", serviceUrl, string.Empty, null, parameters.Activity);
        return new ConversationResourceResponse { Id = "new-conversation" };
    }

    private Task<ResourceResponse> Record(string call, string serviceUrl, string conversationId, string? activityId, Activity? activity)
    {
        if (FailWith is not null)
        {
            return Task.FromException<ResourceResponse>(FailWith);
        }

        Calls.Add((call, serviceUrl, conversationId, activityId, activity));
        return Task.FromResult(new ResourceResponse($"sent-{Calls.Count}"));
    }
}
