using ScrutinyBot.Core.Digests;

namespace ScrutinyBot.Teams.Tests.App.Fakes;

internal sealed class FakeSubscriptionCommands : ISubscriptionCommands
{
    public List<string> Calls { get; } = [];
    public List<DigestTarget> Targets { get; } = [];

    public Task<SubscriptionReply> SubscribeAsync(DigestTarget target, string arguments, CancellationToken cancellationToken)
    {
        Targets.Add(target);
        return Reply($"subscribe {arguments}");
    }

    public Task<SubscriptionReply> ListAsync(string conversationId, CancellationToken cancellationToken) => Reply($"list {conversationId}");

    public Task<SubscriptionReply> UnsubscribeAsync(string conversationId, CancellationToken cancellationToken) => Reply($"unsubscribe {conversationId}");

    public Task<SubscriptionReply> PostNowAsync(DigestTarget target, CancellationToken cancellationToken)
    {
        Targets.Add(target);
        return Reply($"now {target.ConversationId}");
    }

    private Task<SubscriptionReply> Reply(string call)
    {
        Calls.Add(call.TrimEnd());
        return Task.FromResult(new SubscriptionReply(true, $"Done: {call.TrimEnd()}", ["line one"]));
    }
}
