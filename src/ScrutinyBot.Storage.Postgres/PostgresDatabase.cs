using Microsoft.Extensions.Options;
using Npgsql;

namespace ScrutinyBot.Storage.Postgres;

/// <summary>The connection pool of the PostgreSQL store. The first connection opened brings the schema to this build's
/// version (<see cref="PostgresSchemaMigrator"/>); a store newer than this build is refused on every open.</summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly Lazy<Task> _schema;

    public PostgresDatabase(IOptions<PostgresStorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new NpgsqlConnectionStringBuilder(options.Value.ConnectionString);
        if (!builder.ContainsKey("Maximum Pool Size"))
        {
            builder.MaxPoolSize = options.Value.MaxPoolSize;
        }

        Description = $"PostgreSQL database '{builder.Database}' on {builder.Host}:{builder.Port}";
        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        _schema = new Lazy<Task>(() => PostgresSchemaMigrator.MigrateAsync(_dataSource, Description, CancellationToken.None));
    }

    /// <summary>Where the store is, for messages (never the password).</summary>
    public string Description { get; }

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _schema.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        return await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
