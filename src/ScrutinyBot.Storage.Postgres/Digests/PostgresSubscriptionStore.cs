using System.Globalization;
using System.Text.Json;
using Npgsql;
using ScrutinyBot.Core.Digests;

namespace ScrutinyBot.Storage.Postgres.Digests;

/// <summary>Digest subscriptions in PostgreSQL, shared by every instance.</summary>
public sealed class PostgresSubscriptionStore(PostgresDatabase database) : ISubscriptionStore
{
    private const string Columns =
        "id, conversation_id, reference_json, cadence, at_time, weekday, committees, last_digest_at, last_period, paused_reason, created_at";

    public Task<Subscription?> GetAsync(string id, CancellationToken cancellationToken) => SingleAsync("id = $1", id, cancellationToken);

    public Task<Subscription?> FindByConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        SingleAsync("conversation_id = $1", conversationId, cancellationToken);

    public async Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, null, $"SELECT {Columns} FROM subscriptions ORDER BY created_at, id");
        return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task SaveAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var schedule = subscription.Schedule;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, null, $"""
            INSERT INTO subscriptions ({Columns})
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8::timestamptz, $9::timestamptz, $10, $11)
            ON CONFLICT (id) DO UPDATE SET conversation_id = excluded.conversation_id, reference_json = excluded.reference_json,
                cadence = excluded.cadence, at_time = excluded.at_time, weekday = excluded.weekday, committees = excluded.committees,
                last_digest_at = excluded.last_digest_at, last_period = excluded.last_period, paused_reason = excluded.paused_reason
            """,
            subscription.Id, subscription.ConversationId, subscription.ReferenceJson, StoredSchedule.Cadence(schedule),
            StoredSchedule.At(schedule), StoredSchedule.Day(schedule), JsonSerializer.Serialize(subscription.Committees),
            subscription.LastDigestAt, subscription.LastPeriod, subscription.PausedReason, subscription.CreatedAt);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> DeleteByConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var outbox = PostgresCommand.Create(connection, transaction, """
            DELETE FROM digest_outbox WHERE status IN ('pending', 'failed')
              AND subscription_id IN (SELECT id FROM subscriptions WHERE conversation_id = $1)
            """, conversationId))
        {
            await outbox.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        int removed;
        await using (var delete = PostgresCommand.Create(connection, transaction, "DELETE FROM subscriptions WHERE conversation_id = $1", conversationId))
        {
            removed = await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return removed > 0;
    }

    public async Task PauseAsync(string id, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, null, "UPDATE subscriptions SET paused_reason = $2 WHERE id = $1", id, reason);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<Subscription?> SingleAsync(string where, string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, null, $"SELECT {Columns} FROM subscriptions WHERE {where} ORDER BY created_at LIMIT 1", key);
        var all = await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
        return all.Count > 0 ? all[0] : null;
    }

    private static async Task<List<Subscription>> ReadAllAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var list = new List<Subscription>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var schedule = StoredSchedule.Read(reader.GetString(3), reader.GetString(4), PostgresCommand.Text(reader, 5));
            var committees = reader.IsDBNull(6) ? [] : JsonSerializer.Deserialize<List<string>>(reader.GetString(6)) ?? [];
            list.Add(new Subscription(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), schedule, committees,
                PostgresCommand.Instant(reader, 7), PostgresCommand.Instant(reader, 8), PostgresCommand.Text(reader, 9),
                reader.GetFieldValue<DateTimeOffset>(10)));
        }

        return list;
    }
}
