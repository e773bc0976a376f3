using System.Text.Json;
using Npgsql;
using ScrutinyBot.Core.Digests;
using ScrutinyBot.Core.Digests.Sqlite;

namespace ScrutinyBot.Storage.Postgres.Digests;

/// <summary>The exactly-once digest outbox in PostgreSQL, shared by every instance. The row key (subscription, period)
/// makes a period queued once whichever instance's scheduler composes it first; a claim is one conditional UPDATE that
/// only one instance can win; rows a stopped instance queued but never claimed stay pending and are sent by another.</summary>
public sealed class PostgresDigestOutbox(PostgresDatabase database) : IDigestOutbox
{
    private const string Columns =
        "subscription_id, period, payload_json, status, attempts, created_at, sent_at, activity_id, last_error";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<bool> EnqueueAsync(OutboxEntry entry, DateTimeOffset? scheduledPeriod, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var insert = PostgresCommand.Create(connection, transaction, $"""
            INSERT INTO digest_outbox ({Columns})
            VALUES ($1, $2, $3, $4, 0, $5, $6::timestamptz, NULL, NULL)
            ON CONFLICT (subscription_id, period) DO NOTHING
            """,
            entry.SubscriptionId, entry.Period, JsonSerializer.Serialize(new OutboxPayload(entry.Target, entry.Digest), Json), entry.Status,
            entry.CreatedAt, entry.SentAt))
        {
            if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                return false;
            }
        }

        await using (var advance = PostgresCommand.Create(connection, transaction, """
            UPDATE subscriptions SET last_period = coalesce($4::timestamptz, last_period),
                last_digest_at = CASE WHEN $3 AND (last_digest_at IS NULL OR last_digest_at < $2) THEN $2 ELSE last_digest_at END
            WHERE id = $1
            """, entry.SubscriptionId, entry.CreatedAt, entry.Status == OutboxStatus.Empty, scheduledPeriod))
        {
            await advance.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<IReadOnlyList<OutboxEntry>> UnsentAsync(CancellationToken cancellationToken) =>
        await QueryAsync($"SELECT {Columns} FROM digest_outbox WHERE status IN ('pending', 'failed') ORDER BY created_at, period", cancellationToken)
            .ConfigureAwait(false);

    public async Task<OutboxEntry?> FindAsync(string subscriptionId, string period, CancellationToken cancellationToken) =>
        (await QueryAsync($"SELECT {Columns} FROM digest_outbox WHERE subscription_id = $1 AND period = $2", cancellationToken, subscriptionId, period)
            .ConfigureAwait(false)).FirstOrDefault();

    public async Task<string?> LastSettledStatusAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, null, """
            SELECT status FROM digest_outbox
            WHERE subscription_id = $1 AND status IN ('sent', 'unknown', 'gone', 'abandoned')
            ORDER BY created_at DESC, period DESC LIMIT 1
            """, subscriptionId);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    public async Task<bool> ClaimAsync(string subscriptionId, string period, DateTimeOffset now, CancellationToken cancellationToken) =>
        await ExecuteAsync("""
            UPDATE digest_outbox SET status = 'sending', attempts = attempts + 1, claimed_at = $3
            WHERE subscription_id = $1 AND period = $2 AND status IN ('pending', 'failed')
            """, cancellationToken, subscriptionId, period, now).ConfigureAwait(false) == 1;

    public async Task MarkSentAsync(string subscriptionId, string period, string? activityId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var sent = PostgresCommand.Create(connection, transaction, """
            UPDATE digest_outbox SET status = 'sent', sent_at = $3, activity_id = $4, last_error = NULL
            WHERE subscription_id = $1 AND period = $2
            """, subscriptionId, period, now, activityId))
        {
            await sent.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var cursor = PostgresCommand.Create(connection, transaction, """
            UPDATE subscriptions s SET last_digest_at = o.created_at
            FROM digest_outbox o
            WHERE o.subscription_id = $1 AND o.period = $2 AND s.id = $1
              AND (s.last_digest_at IS NULL OR s.last_digest_at < o.created_at)
            """, subscriptionId, period))
        {
            await cursor.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task MarkAsync(string subscriptionId, string period, string status, string? error, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE digest_outbox SET status = $3, last_error = $4 WHERE subscription_id = $1 AND period = $2",
            cancellationToken, subscriptionId, period, status, error);

    public Task<int> ReleaseExpiredClaimsAsync(DateTimeOffset claimedBefore, CancellationToken cancellationToken) =>
        ExecuteAsync("""
            UPDATE digest_outbox SET status = 'pending', last_error = $2
            WHERE status = 'sending' AND (claimed_at IS NULL OR claimed_at < $1)
            """, cancellationToken, claimedBefore, OutboxLease.TakenOver);

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, null, sql, values);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<List<OutboxEntry>> QueryAsync(string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, null, sql, values);
        var list = new List<OutboxEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var payload = JsonSerializer.Deserialize<OutboxPayload>(reader.GetString(2), Json)
                ?? throw new InvalidDataException("Empty digest outbox payload.");
            list.Add(new OutboxEntry(
                reader.GetString(0), reader.GetString(1), payload.Target, payload.Digest, reader.GetString(3), reader.GetInt32(4),
                reader.GetFieldValue<DateTimeOffset>(5), PostgresCommand.Instant(reader, 6), PostgresCommand.Text(reader, 7), PostgresCommand.Text(reader, 8)));
        }

        return list;
    }
}
