using System.Globalization;
using ScrutinyBot.Core.Storage.Sqlite;
using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Teams.Conversations;

/// <summary>Conversation references in the embedded store's conversation_references table.</summary>
public sealed class SqliteConversationReferenceStore(SqliteConnectionFactory connections, TimeProvider time) : IConversationReferenceStore
{
    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var conversationId = reference.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId))
        {
            return;
        }

        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO conversation_references (conversation_id, reference_json, updated_at)
            VALUES ($id, $json, $updated)
            ON CONFLICT (conversation_id) DO UPDATE SET reference_json = excluded.reference_json, updated_at = excluded.updated_at;
            """;
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$json", reference.ToJson());
        command.Parameters.AddWithValue("$updated", time.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<ConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT reference_json FROM conversation_references WHERE conversation_id = $id;";
        command.Parameters.AddWithValue("$id", conversationId);
        var json = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
        return json is null ? null : ConversationReference.FromJson(json);
    }
}
