using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using ScrutinyBot.Core.Retrieval.Embeddings.Sqlite;
using ScrutinyBot.Core.Storage.Sqlite;
using static ScrutinyBot.Storage.Postgres.Migration.ColumnKind;

namespace ScrutinyBot.Storage.Postgres.Migration;

/// <summary>Moves an embedded SQLite store into an empty PostgreSQL store, table by table, keeping ids (so chunk vectors,
/// facts and citations line up), in one PostgreSQL transaction: afterwards the PostgreSQL store holds everything the
/// SQLite one did, or, on any failure, nothing. The SQLite rows are only read (opening the file brings an older
/// file's schema to this build's version first, as any open does).</summary>
public sealed class SqliteToPostgresCopy(SqliteConnectionFactory sqlite, PostgresDatabase postgres)
{
    private static readonly CopiedTable[] Tables =
    [
        CopiedTable.Of("documents", true, ("id", Bigint), ("source", Text), ("source_path", Text), ("content_hash", Text), ("format", Text),
            ("page_count", Integer), ("council", Text), ("committee", Text), ("meeting_date", Date), ("title", Text), ("ingested_at", Instant)),
        CopiedTable.Of("pages", false, ("document_id", Bigint), ("number", Integer), ("text", Text)),
        CopiedTable.Of("parts", false, ("document_id", Bigint), ("ordinal", Integer), ("kind", Text), ("title", Text), ("start_page", Integer),
            ("end_page", Integer), ("meeting_date", Date), ("display_title", Text)),
        new("chunks",
            [("id", Bigint, null), ("document_id", Bigint, null), ("seq", Integer, "row_number() OVER (PARTITION BY document_id ORDER BY id) - 1"),
             ("part_ordinal", Integer, null), ("part_kind", Text, null), ("part_title", Text, null), ("item_title", Text, null), ("page", Integer, null),
             ("meeting_date", Date, null), ("committee", Text, null), ("council", Text, null), ("text", Text, null), ("embedding", Vector, null)],
            true),
        CopiedTable.Of("meetings", true, ("id", Bigint), ("document_id", Bigint), ("council", Text), ("committee", Text), ("date", Date),
            ("start_time", Time), ("end_time", Time), ("place", Text), ("chair", Text), ("part", Text), ("page", Integer), ("quote", Text),
            ("chair_page", Integer), ("chair_quote", Text), ("end_page", Integer), ("end_quote", Text)),
        CopiedTable.Of("attendance", true, ("id", Bigint), ("document_id", Bigint), ("committee", Text), ("meeting_date", Date), ("name", Text),
            ("status", Text), ("role", Text), ("part", Text), ("page", Integer), ("quote", Text)),
        CopiedTable.Of("agenda_items", true, ("id", Bigint), ("document_id", Bigint), ("committee", Text), ("meeting_date", Date), ("number", Text),
            ("title", Text), ("part", Text), ("page", Integer), ("quote", Text)),
        CopiedTable.Of("resolutions", true, ("id", Bigint), ("document_id", Bigint), ("committee", Text), ("meeting_date", Date),
            ("minute_number", Text), ("reference", Text), ("item", Text), ("text", Text), ("part", Text), ("page", Integer), ("quote", Text)),
        CopiedTable.Of("recommendations", true, ("id", Bigint), ("document_id", Bigint), ("committee", Text), ("meeting_date", Date), ("topic", Text),
            ("number", Text), ("text", Text), ("type", Text), ("issued", Date), ("deadline", Date), ("response_status", Text), ("response", Text),
            ("part", Text), ("page", Integer), ("quote", Text)),
        CopiedTable.Of("work_programme", true, ("id", Bigint), ("document_id", Bigint), ("committee", Text), ("meeting_date", Date),
            ("when_text", Text), ("item", Text), ("lead", Text), ("part", Text), ("page", Integer), ("quote", Text)),
        CopiedTable.Of("conversation_references", false, ("conversation_id", Text), ("reference_json", Text), ("updated_at", Instant)),
        CopiedTable.Of("feedback", true, ("id", Bigint), ("conversation_id", Text), ("activity_id", Text), ("user_id", Text), ("reaction", Text),
            ("question", Text), ("comment", Text), ("created_at", Instant)),
        CopiedTable.Of("subscriptions", false, ("id", Text), ("conversation_id", Text), ("reference_json", Text), ("cadence", Text), ("at_time", Text),
            ("weekday", Text), ("committees", Text), ("last_digest_at", Instant), ("paused_reason", Text), ("created_at", Instant),
            ("last_period", Instant)),
        CopiedTable.Of("digest_outbox", false, ("subscription_id", Text), ("period", Text), ("payload_json", Text), ("created_at", Instant),
            ("sent_at", Instant), ("activity_id", Text), ("attempts", Integer), ("last_error", Text), ("status", Text), ("claimed_at", Instant)),
        CopiedTable.Of("source_sites", false, ("site", Text), ("run_started", Instant), ("last_sync", Instant), ("last_error", Text),
            ("last_report", Text)),
        CopiedTable.Of("source_meetings", false, ("site", Text), ("meeting_id", Text), ("done_run", Instant)),
        CopiedTable.Of("source_documents", false, ("site", Text), ("url", Text), ("meeting_id", Text), ("etag", Text), ("last_modified", Text),
            ("length", Bigint), ("content_hash", Text), ("local_path", Text)),
        CopiedTable.Of("source_meeting_details", false, ("site", Text), ("meeting_id", Text), ("committee", Text), ("date", Date),
            ("start_time", Time), ("venue", Text), ("fingerprint", Text), ("fetched_at", Instant)),
        CopiedTable.Of("source_agenda_items", false, ("site", Text), ("meeting_id", Text), ("ordinal", Integer), ("number", Text), ("title", Text)),
    ];

    /// <returns>Rows copied per table, in copy order.</returns>
    /// <exception cref="InvalidOperationException">The PostgreSQL store already holds documents or subscriptions.</exception>
    public async Task<IReadOnlyList<(string Table, long Rows)>> CopyAsync(CancellationToken cancellationToken)
    {
        await using var source = await sqlite.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var target = await postgres.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await target.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await RefuseUnlessEmptyAsync(target, transaction, cancellationToken).ConfigureAwait(false);
        var copied = new List<(string, long)>();
        foreach (var table in Tables)
        {
            copied.Add((table.Name, await CopyTableAsync(source, target, table, cancellationToken).ConfigureAwait(false)));
            if (table.HasIdentity)
            {
                await using var restart = new NpgsqlCommand(
                    $"SELECT setval(pg_get_serial_sequence('{table.Name}', 'id'), coalesce(max(id), 0) + 1, false) FROM {table.Name}", target, transaction);
                await restart.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return copied;
    }

    private async Task RefuseUnlessEmptyAsync(NpgsqlConnection target, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var check = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM subscriptions) + (SELECT count(*) FROM conversation_references)",
            target, transaction);
        if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0)
        {
            throw new InvalidOperationException(
                $"The {postgres.Description} already holds documents, subscriptions or conversations; the migration copies into an empty store only " +
                "(create a new database, or drop this one's tables, and run it again). Nothing was changed.");
        }
    }

    private static async Task<long> CopyTableAsync(SqliteConnection source, NpgsqlConnection target, CopiedTable table, CancellationToken cancellationToken)
    {
        await using var select = source.CreateCommand();
        select.CommandText = $"SELECT {string.Join(", ", table.Columns.Select(c => c.SqliteExpression ?? c.Column))} FROM {table.Name} ORDER BY rowid";
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var writer = await target.BeginBinaryImportAsync(
            $"COPY {table.Name} ({string.Join(", ", table.Columns.Select(c => c.Column))}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        long rows = 0;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            await writer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < table.Columns.Count; i++)
            {
                await WriteAsync(writer, reader, i, table.Columns[i].Kind, cancellationToken).ConfigureAwait(false);
            }

            rows++;
        }

        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return rows;
    }

    private static async Task WriteAsync(NpgsqlBinaryImporter writer, SqliteDataReader reader, int ordinal, ColumnKind kind, CancellationToken cancellationToken)
    {
        object? value = reader.IsDBNull(ordinal) ? null : kind switch
        {
            Text => reader.GetString(ordinal),
            Integer => reader.GetInt32(ordinal),
            Bigint => reader.GetInt64(ordinal),
            Date => SqliteValues.ParseDate(reader.GetString(ordinal)),
            Time => SqliteValues.ParseTime(reader.GetString(ordinal)),
            Instant => SqliteValues.ParseInstant(reader.GetString(ordinal)),
            Vector => VectorBlob.Decode((byte[])reader.GetValue(ordinal)),
            _ => throw new InvalidOperationException($"Unknown column kind {kind}."),
        };
        if (value is null)
        {
            await writer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        var type = kind switch
        {
            Text => NpgsqlDbType.Text,
            Integer => NpgsqlDbType.Integer,
            Bigint => NpgsqlDbType.Bigint,
            Date => NpgsqlDbType.Date,
            Time => NpgsqlDbType.Time,
            Instant => NpgsqlDbType.TimestampTz,
            _ => NpgsqlDbType.Array | NpgsqlDbType.Real,
        };
        await writer.WriteAsync(PostgresCommand.Normalise(value), type, cancellationToken).ConfigureAwait(false);
    }
}
