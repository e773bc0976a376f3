using ScrutinyBot.Teams.Conversations;
using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Storage.Postgres.Teams;

/// <summary>Conversation references in PostgreSQL, so every instance can reach every conversation.</summary>
public sealed class PostgresConversationReferenceStore(PostgresDatabase database, TimeProvider time) : IConversationReferenceStore
{
    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var conversationId = reference.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId))
        {
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, null, """
            INSERT INTO conversation_references (conversation_id, reference_json, updated_at) VALUES ($1, $2, $3)
            ON CONFLICT (conversation_id) DO UPDATE SET reference_json = excluded.reference_json, updated_at = excluded.updated_at
            """, conversationId, reference.ToJson(), time.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<ConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, null,
            "SELECT reference_json FROM conversation_references WHERE conversation_id = $1", conversationId);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string json ? ConversationReference.FromJson(json) : null;
    }
}
