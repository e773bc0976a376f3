using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ScrutinyBot.Core.Digests.Sqlite;

/// <summary>The digest outbox in the embedded store (table digest_outbox).</summary>
public sealed class SqliteDigestOutbox(SqliteDigestTables tables) : IDigestOutbox
{
    private const string Columns =
        "subscription_id, period, payload_json, status, attempts, created_at, sent_at, activity_id, last_error";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<bool> EnqueueAsync(OutboxEntry entry, DateTimeOffset? scheduledPeriod, CancellationToken cancellationToken)
    {
        await using var connection = await tables.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        using var insert = connection.CreateCommand();
        insert.CommandText = $"""
            INSERT INTO digest_outbox ({Columns})
            VALUES ($subscription, $period, $payload, $status, 0, $created, $sent, NULL, NULL)
            ON CONFLICT(subscription_id, period) DO NOTHING
            """;
        insert.Parameters.AddWithValue("$subscription", entry.SubscriptionId);
        insert.Parameters.AddWithValue("$period", entry.Period);
        insert.Parameters.AddWithValue("$payload", JsonSerializer.Serialize(new OutboxPayload(entry.Target, entry.Digest), Json));
        insert.Parameters.AddWithValue("$status", entry.Status);
        insert.Parameters.AddWithValue("$created", SqliteTime.Write(entry.CreatedAt));
        insert.Parameters.AddWithValue("$sent", SqliteTime.WriteNullable(entry.SentAt));
        if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            return false;
        }

        using var advance = connection.CreateCommand();
        advance.CommandText = """
            UPDATE subscriptions SET last_period = coalesce($period, last_period),
                last_digest_at = CASE WHEN $empty AND (last_digest_at IS NULL OR last_digest_at < $cursor) THEN $cursor ELSE last_digest_at END
            WHERE id = $id
            """;
        advance.Parameters.AddWithValue("$id", entry.SubscriptionId);
        advance.Parameters.AddWithValue("$cursor", SqliteTime.Write(entry.CreatedAt));
        advance.Parameters.AddWithValue("$empty", entry.Status == OutboxStatus.Empty);
        advance.Parameters.AddWithValue("$period", SqliteTime.WriteNullable(scheduledPeriod));
        await advance.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<IReadOnlyList<OutboxEntry>> UnsentAsync(CancellationToken cancellationToken)
    {
        await using var connection = await tables.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM digest_outbox WHERE status IN ('pending', 'failed') ORDER BY created_at, period";
        return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<OutboxEntry?> FindAsync(string subscriptionId, string period, CancellationToken cancellationToken)
    {
        await using var connection = await tables.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM digest_outbox WHERE subscription_id = $subscription AND period = $period";
        command.Parameters.AddWithValue("$subscription", subscriptionId);
        command.Parameters.AddWithValue("$period", period);
        var rows = await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
        return rows.Count > 0 ? rows[0] : null;
    }

    public async Task<string?> LastSettledStatusAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        await using var connection = await tables.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT status FROM digest_outbox
            WHERE subscription_id = $subscription AND status IN ('sent', 'unknown', 'gone', 'abandoned')
            ORDER BY created_at DESC, period DESC LIMIT 1
            """;
        command.Parameters.AddWithValue("$subscription", subscriptionId);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    public async Task<bool> ClaimAsync(string subscriptionId, string period, DateTimeOffset now, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            """
            UPDATE digest_outbox SET status = 'sending', attempts = attempts + 1, claimed_at = $now
            WHERE subscription_id = $subscription AND period = $period AND status IN ('pending', 'failed')
            """,
            subscriptionId, period, cancellationToken, ("$now", SqliteTime.Write(now))).ConfigureAwait(false) == 1;

    public async Task MarkSentAsync(string subscriptionId, string period, string? activityId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await tables.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        using var sent = connection.CreateCommand();
        sent.CommandText = """
            UPDATE digest_outbox SET status = 'sent', sent_at = $now, activity_id = $activity, last_error = NULL
            WHERE subscription_id = $subscription AND period = $period
            """;
        sent.Parameters.AddWithValue("$subscription", subscriptionId);
        sent.Parameters.AddWithValue("$period", period);
        sent.Parameters.AddWithValue("$now", SqliteTime.Write(now));
        sent.Parameters.AddWithValue("$activity", (object?)activityId ?? DBNull.Value);
        await sent.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        using var cursor = connection.CreateCommand();
        cursor.CommandText = """
            UPDATE subscriptions
            SET last_digest_at = (SELECT created_at FROM digest_outbox WHERE subscription_id = $subscription AND period = $period)
            WHERE id = $subscription AND (last_digest_at IS NULL OR last_digest_at <
                (SELECT created_at FROM digest_outbox WHERE subscription_id = $subscription AND period = $period))
            """;
        cursor.Parameters.AddWithValue("$subscription", subscriptionId);
        cursor.Parameters.AddWithValue("$period", period);
        await cursor.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task MarkAsync(string subscriptionId, string period, string status, string? error, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE digest_outbox SET status = $status, last_error = $error WHERE subscription_id = $subscription AND period = $period",
            subscriptionId, period, cancellationToken, ("$status", status), ("$error", (object?)error ?? DBNull.Value));

    public async Task<int> ReleaseExpiredClaimsAsync(DateTimeOffset claimedBefore, CancellationToken cancellationToken)
    {
        await using var connection = await tables.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            UPDATE digest_outbox SET status = 'pending', last_error = '{OutboxLease.TakenOver}'
            WHERE status = 'sending' AND (claimed_at IS NULL OR claimed_at < $before)
            """;
        command.Parameters.AddWithValue("$before", SqliteTime.Write(claimedBefore));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<int> ExecuteAsync(string sql, string subscriptionId, string period, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var connection = await tables.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$subscription", subscriptionId);
        command.Parameters.AddWithValue("$period", period);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<List<OutboxEntry>> ReadAllAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var list = new List<OutboxEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var payload = JsonSerializer.Deserialize<OutboxPayload>(reader.GetString(2), Json)
                ?? throw new InvalidDataException("Empty digest outbox payload.");
            list.Add(new OutboxEntry(
                reader.GetString(0), reader.GetString(1), payload.Target, payload.Digest, reader.GetString(3), reader.GetInt32(4),
                SqliteTime.Read(reader.GetString(5)), SqliteTime.ReadNullable(reader.GetValue(6)),
                reader.IsDBNull(7) ? null : reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8)));
        }

        return list;
    }
}
