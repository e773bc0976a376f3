using ScrutinyBot.Teams.Conversations;
using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Teams.Tests.TestSupport;

public sealed class InMemoryConversationReferenceStore : IConversationReferenceStore
{
    public Dictionary<string, ConversationReference> References { get; } = [];

    public Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        References[reference.Conversation!.Id!] = reference;
        return Task.CompletedTask;
    }

    public Task<ConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(References.GetValueOrDefault(conversationId));
}
