using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Teams.Conversations;

/// <summary>The latest reference per conversation (SQLite table conversation_references), saved on every turn.</summary>
public interface IConversationReferenceStore
{
    /// <summary>Inserts or replaces the reference for its conversation id (ignored when it has none).</summary>
    Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken);

    Task<ConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken);
}
