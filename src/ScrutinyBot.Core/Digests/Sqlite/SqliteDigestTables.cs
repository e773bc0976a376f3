using Microsoft.Data.Sqlite;
using ScrutinyBot.Core.Storage.Sqlite;

namespace ScrutinyBot.Core.Digests.Sqlite;

/// <summary>Opens store connections with the digest columns added since the first schema (for files created before
/// them): subscriptions.last_period, digest_outbox.status and claimed_at. Schema.sql has them for new files.</summary>
public sealed class SqliteDigestTables(SqliteConnectionFactory connections)
{
    private static readonly (string Table, string Column, string Definition)[] Added =
    [
        ("subscriptions", "last_period", "TEXT"),
        ("digest_outbox", "status", "TEXT NOT NULL DEFAULT 'pending'"),
        ("digest_outbox", "claimed_at", "TEXT"),
    ];

    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _ready;

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (!_ready)
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await AddMissingColumnsAsync(connection, cancellationToken).ConfigureAwait(false);
                _ready = true;
            }
            finally
            {
                _gate.Release();
            }
        }

        return connection;
    }

    private static async Task AddMissingColumnsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        foreach (var (table, column, definition) in Added)
        {
            using var check = connection.CreateCommand();
            check.CommandText = $"SELECT count(*) FROM pragma_table_info('{table}') WHERE name = '{column}'";
            if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                continue;
            }

            using var alter = connection.CreateCommand();
            alter.CommandText = $"ALTER TABLE {table} ADD COLUMN {column} {definition}";
            try
            {
                await alter.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (SqliteException ex) when (ex.Message.Contains("duplicate column", StringComparison.OrdinalIgnoreCase))
            {
                // Another process added it between the check and the ALTER.
            }
        }
    }
}
