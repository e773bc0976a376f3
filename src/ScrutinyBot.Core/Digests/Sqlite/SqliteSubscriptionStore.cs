using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ScrutinyBot.Core.Digests.Sqlite;

/// <summary>Subscriptions in the embedded store (table subscriptions).</summary>
public sealed class SqliteSubscriptionStore(SqliteDigestTables tables) : ISubscriptionStore
{
    private const string Columns =
        "id, conversation_id, reference_json, cadence, at_time, weekday, committees, last_digest_at, last_period, paused_reason, created_at";

    public Task<Subscription?> GetAsync(string id, CancellationToken cancellationToken) =>
        SingleAsync("id = $key", id, cancellationToken);

    public Task<Subscription?> FindByConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        SingleAsync("conversation_id = $key", conversationId, cancellationToken);

    public async Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await tables.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM subscriptions ORDER BY created_at, id";
        return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task SaveAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        await using var connection = await tables.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            INSERT INTO subscriptions ({Columns})
            VALUES ($id, $conversation, $reference, $cadence, $at, $weekday, $committees, $lastDigest, $lastPeriod, $paused, $created)
            ON CONFLICT(id) DO UPDATE SET conversation_id = excluded.conversation_id, reference_json = excluded.reference_json,
                cadence = excluded.cadence, at_time = excluded.at_time, weekday = excluded.weekday, committees = excluded.committees,
                last_digest_at = excluded.last_digest_at, last_period = excluded.last_period, paused_reason = excluded.paused_reason
            """;
        var schedule = subscription.Schedule;
        command.Parameters.AddWithValue("$id", subscription.Id);
        command.Parameters.AddWithValue("$conversation", subscription.ConversationId);
        command.Parameters.AddWithValue("$reference", subscription.ReferenceJson);
        command.Parameters.AddWithValue("$cadence", StoredSchedule.Cadence(schedule));
        command.Parameters.AddWithValue("$at", StoredSchedule.At(schedule));
        command.Parameters.AddWithValue("$weekday", (object?)StoredSchedule.Day(schedule) ?? DBNull.Value);
        command.Parameters.AddWithValue("$committees", JsonSerializer.Serialize(subscription.Committees));
        command.Parameters.AddWithValue("$lastDigest", SqliteTime.WriteNullable(subscription.LastDigestAt));
        command.Parameters.AddWithValue("$lastPeriod", SqliteTime.WriteNullable(subscription.LastPeriod));
        command.Parameters.AddWithValue("$paused", (object?)subscription.PausedReason ?? DBNull.Value);
        command.Parameters.AddWithValue("$created", SqliteTime.Write(subscription.CreatedAt));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> DeleteByConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await tables.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        using var outbox = connection.CreateCommand();
        outbox.CommandText = """
            DELETE FROM digest_outbox WHERE status IN ('pending', 'failed')
              AND subscription_id IN (SELECT id FROM subscriptions WHERE conversation_id = $conversation)
            """;
        outbox.Parameters.AddWithValue("$conversation", conversationId);
        await outbox.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM subscriptions WHERE conversation_id = $conversation";
        command.Parameters.AddWithValue("$conversation", conversationId);
        var removed = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return removed > 0;
    }

    public async Task PauseAsync(string id, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await tables.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE subscriptions SET paused_reason = $reason WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$reason", reason);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<Subscription?> SingleAsync(string where, string key, CancellationToken cancellationToken)
    {
        await using var connection = await tables.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM subscriptions WHERE {where} ORDER BY created_at LIMIT 1";
        command.Parameters.AddWithValue("$key", key);
        var all = await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
        return all.Count > 0 ? all[0] : null;
    }

    private static async Task<List<Subscription>> ReadAllAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var list = new List<Subscription>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var schedule = StoredSchedule.Read(reader.GetString(3), reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5));
            var committees = reader.IsDBNull(6) ? [] : JsonSerializer.Deserialize<List<string>>(reader.GetString(6)) ?? [];
            list.Add(new Subscription(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), schedule, committees,
                SqliteTime.ReadNullable(reader.GetValue(7)), SqliteTime.ReadNullable(reader.GetValue(8)),
                reader.IsDBNull(9) ? null : reader.GetString(9), SqliteTime.Read(reader.GetString(10))));
        }

        return list;
    }
}
