using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ScrutinyBot.Core.Storage.Sqlite;

/// <summary>Brings an embedded store to the schema this build writes. The version is the file's
/// <c>PRAGMA user_version</c>: 0 for a new file or one made before versioning, upgraded step by step inside one
/// IMMEDIATE transaction (so two processes opening the file at once do not both migrate); a file at a newer version
/// than <see cref="NewestVersion"/> is refused with <see cref="StoreSchemaTooNewException"/> and left untouched.</summary>
public static class SqliteSchemaMigrator
{
    /// <summary>Version 1: Schema.sql, plus the digest columns files made before them lack.</summary>
    public const int NewestVersion = 4;

    private static readonly (string Table, string Column, string Definition)[] ColumnsAddedBeforeVersioning =
    [
        ("subscriptions", "last_period", "TEXT"),
        ("digest_outbox", "status", "TEXT NOT NULL DEFAULT 'pending'"),
        ("digest_outbox", "claimed_at", "TEXT"),
    ];

    /// <summary>Version 2: document titles and where a meeting's chair is named (the site-sync lease table comes with
    /// the schema, which only creates what is missing).</summary>
    private static readonly (string Table, string Column, string Definition)[] ColumnsAddedInVersion2 =
    [
        ("parts", "display_title", "TEXT"),
        ("meetings", "chair_page", "INTEGER"),
        ("meetings", "chair_quote", "TEXT"),
    ];

    /// <summary>Version 3: when a site lease was claimed (the site's meeting details and agenda items come with the
    /// schema, which only creates what is missing).</summary>
    private static readonly (string Table, string Column, string Definition)[] ColumnsAddedInVersion3 =
    [
        ("source_leases", "claimed_at", "TEXT"),
    ];

    /// <summary>Version 4: where a meeting's closing time is stated.</summary>
    private static readonly (string Table, string Column, string Definition)[] ColumnsAddedInVersion4 =
    [
        ("meetings", "end_page", "INTEGER"),
        ("meetings", "end_quote", "TEXT"),
    ];

    public static async Task MigrateAsync(SqliteConnection connection, string store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (await ReadVersionAsync(connection, null, cancellationToken).ConfigureAwait(false) == NewestVersion)
        {
            return;
        }

        await using var transaction = connection.BeginTransaction(deferred: false);
        var found = await ReadVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        foreach (var step in StoreSchemaVersions.StepsFrom(found, NewestVersion, store))
        {
            await ApplyAsync(connection, transaction, step, cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, $"PRAGMA user_version = {step.ToString(CultureInfo.InvariantCulture)}", cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task<int> ReadVersionAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private static async Task ApplyAsync(SqliteConnection connection, SqliteTransaction transaction, int version, CancellationToken cancellationToken)
    {
        switch (version)
        {
            case 1:
                await ExecuteAsync(connection, transaction, SqlResources.Read("Schema.sql"), cancellationToken).ConfigureAwait(false);
                await AddMissingColumnsAsync(connection, transaction, ColumnsAddedBeforeVersioning, cancellationToken).ConfigureAwait(false);
                break;
            case 2:
                await ExecuteAsync(connection, transaction, SqlResources.Read("Schema.sql"), cancellationToken).ConfigureAwait(false);
                await AddMissingColumnsAsync(connection, transaction, ColumnsAddedInVersion2, cancellationToken).ConfigureAwait(false);
                break;
            case 3:
                await ExecuteAsync(connection, transaction, SqlResources.Read("Schema.sql"), cancellationToken).ConfigureAwait(false);
                await AddMissingColumnsAsync(connection, transaction, ColumnsAddedInVersion3, cancellationToken).ConfigureAwait(false);
                break;
            case 4:
                await ExecuteAsync(connection, transaction, SqlResources.Read("Schema.sql"), cancellationToken).ConfigureAwait(false);
                await AddMissingColumnsAsync(connection, transaction, ColumnsAddedInVersion4, cancellationToken).ConfigureAwait(false);
                break;
            default:
                throw new InvalidOperationException($"No SQLite migration to version {version}.");
        }
    }

    private static async Task AddMissingColumnsAsync(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<(string Table, string Column, string Definition)> columns, CancellationToken cancellationToken)
    {
        foreach (var (table, column, definition) in columns)
        {
            await using var check = connection.CreateCommand();
            check.Transaction = transaction;
            check.CommandText = $"SELECT count(*) FROM pragma_table_info('{table}') WHERE name = '{column}'";
            if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 0)
            {
                await ExecuteAsync(connection, transaction, $"ALTER TABLE {table} ADD COLUMN {column} {definition}", cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
