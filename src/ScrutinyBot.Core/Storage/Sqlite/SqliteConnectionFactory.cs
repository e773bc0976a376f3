using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ScrutinyBot.Core.Storage.Sqlite;

/// <summary>Opens connections to the embedded store, creating the file and schema on first use.</summary>
public sealed class SqliteConnectionFactory
{
    public const string FileName = "scrutinybot.db";

    private readonly string _connectionString;
    private readonly Lazy<Task> _schema;

    public SqliteConnectionFactory(IOptions<StorageOptions> options)
    {
        var directory = Path.GetFullPath(options.Value.DataDirectory);
        Directory.CreateDirectory(directory);
        DatabasePath = Path.Combine(directory, FileName);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Default,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _schema = new Lazy<Task>(CreateSchemaAsync);
    }

    public string DatabasePath { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _schema.Value.ConfigureAwait(false);
        return await OpenRawAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private async Task CreateSchemaAsync()
    {
        await using var connection = await OpenRawAsync(CancellationToken.None).ConfigureAwait(false);
        using var wal = connection.CreateCommand();
        wal.CommandText = "PRAGMA journal_mode = WAL;";
        await wal.ExecuteNonQueryAsync().ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = SqlResources.Read("Schema.sql");
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        await AddMissingColumnsAsync(connection).ConfigureAwait(false);
    }

    /// <summary>Columns added after a store may have been created: added empty, filled as documents are re-ingested.</summary>
    private static readonly (string Table, string Column, string Type)[] AddedColumns =
    [
        ("parts", "display_title", "TEXT"),
        ("meetings", "chair_page", "INTEGER"),
        ("meetings", "chair_quote", "TEXT"),
    ];

    private static async Task AddMissingColumnsAsync(SqliteConnection connection)
    {
        foreach (var (table, column, type) in AddedColumns)
        {
            using var probe = connection.CreateCommand();
            probe.CommandText = "SELECT count(*) FROM pragma_table_info($table) WHERE name = $column";
            probe.Parameters.AddWithValue("$table", table);
            probe.Parameters.AddWithValue("$column", column);
            if (Convert.ToInt64(await probe.ExecuteScalarAsync().ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                using var alter = connection.CreateCommand();
                alter.CommandText = $"ALTER TABLE {table} ADD COLUMN {column} {type}";
                await alter.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
        }
    }
}
