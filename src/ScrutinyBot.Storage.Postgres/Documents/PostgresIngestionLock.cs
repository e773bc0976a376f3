using Npgsql;
using ScrutinyBot.Core.Ingestion;

namespace ScrutinyBot.Storage.Postgres.Documents;

/// <summary>The ingestion lock shared by every instance on one PostgreSQL database: a session advisory lock on the
/// file's path (pg_try_advisory_lock, never waiting), held on its own connection while the file is read and saved. An
/// instance that dies loses its connection and so its lock. The key space (seed 1) is not the one the document store's
/// save lock uses (seed 0), so the holder's own save never waits for it.</summary>
public sealed class PostgresIngestionLock(PostgresDatabase database) : IIngestionLock
{
    public async Task<IAsyncDisposable?> TryAcquireAsync(string sourcePath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sourcePath);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = PostgresCommand.Create(connection, null, "SELECT pg_try_advisory_lock(hashtextextended($1, 1))", sourcePath);
            if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true)
            {
                return new Release(connection, sourcePath);
            }
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        await connection.DisposeAsync().ConfigureAwait(false);
        return null;
    }

    private sealed class Release(NpgsqlConnection connection, string sourcePath) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = PostgresCommand.Create(connection, null, "SELECT pg_advisory_unlock(hashtextextended($1, 1))", sourcePath);
                await command.ExecuteScalarAsync(CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
