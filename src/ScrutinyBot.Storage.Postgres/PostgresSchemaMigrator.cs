using System.Globalization;
using Npgsql;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Storage.Postgres;

/// <summary>Brings a PostgreSQL store to the schema this build writes. The version is the one row of
/// <c>schema_version</c>; each step is the embedded script <c>Migrations/NNNN_*.sql</c>, applied in its own
/// transaction with the version row, under an advisory lock so instances starting together migrate once. A store at
/// a newer version than this build knows is refused with <see cref="StoreSchemaTooNewException"/> and left untouched.</summary>
public static class PostgresSchemaMigrator
{
    /// <summary>The advisory lock key held while migrating ("SCRUTINY" in ASCII, as a number).</summary>
    private const long LockKey = 0x5343_5255_5449_4E59;

    private static readonly IReadOnlyList<string> Scripts = typeof(PostgresSchemaMigrator).Assembly.GetManifestResourceNames()
        .Where(n => n.Contains(".Migrations.", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The newest schema version this build knows (the number of migration scripts).</summary>
    public static int NewestVersion => Scripts.Count;

    public static async Task MigrateAsync(NpgsqlDataSource dataSource, string store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, null, "SELECT pg_advisory_lock($1)", cancellationToken, LockKey).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(connection, null, "CREATE TABLE IF NOT EXISTS schema_version (id integer PRIMARY KEY CHECK (id = 1), version integer NOT NULL)", cancellationToken).ConfigureAwait(false);
            var found = await ReadVersionAsync(connection, cancellationToken).ConfigureAwait(false);
            foreach (var step in StoreSchemaVersions.StepsFrom(found, NewestVersion, store))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, transaction, ReadScript(step), cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, transaction,
                    "INSERT INTO schema_version (id, version) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET version = excluded.version",
                    cancellationToken, step).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await ExecuteAsync(connection, null, "SELECT pg_advisory_unlock($1)", CancellationToken.None, LockKey).ConfigureAwait(false);
        }
    }

    /// <summary>The store's schema version; 0 when it has none yet.</summary>
    public static async Task<int> ReadVersionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = new NpgsqlCommand("SELECT version FROM schema_version WHERE id = 1", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) ?? 0, CultureInfo.InvariantCulture);
    }

    private static string ReadScript(int version)
    {
        var name = Scripts[version - 1];
        using var stream = typeof(PostgresSchemaMigrator).Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static async Task ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken, params object[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
