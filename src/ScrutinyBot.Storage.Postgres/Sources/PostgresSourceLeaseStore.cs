using Npgsql;
using ScrutinyBot.Core.Sources;

namespace ScrutinyBot.Storage.Postgres.Sources;

/// <summary>Site leases in PostgreSQL (source_leases), shared by every instance. The claim is one statement, so two
/// instances cannot both win it.</summary>
public sealed class PostgresSourceLeaseStore(PostgresDatabase database) : ISourceLeaseStore
{
    public async Task<SourceLease> TryClaimAsync(string site, string holder, DateTimeOffset now, DateTimeOffset expires, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var claim = PostgresCommand.Create(connection, null, """
            INSERT INTO source_leases (site, holder, expires, claimed_at) VALUES ($1, $2, $3, $4)
            ON CONFLICT (site) DO UPDATE SET holder = excluded.holder, expires = excluded.expires,
                claimed_at = CASE WHEN source_leases.holder = excluded.holder THEN coalesce(source_leases.claimed_at, excluded.claimed_at) ELSE excluded.claimed_at END
            WHERE source_leases.holder = excluded.holder OR source_leases.expires <= $4
            """, site, holder, expires, now))
        {
            await claim.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return (await ReadAsync(connection, site, cancellationToken).ConfigureAwait(false))!;
    }

    public async Task<SourceLease?> FindAsync(string site, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadAsync(connection, site, cancellationToken).ConfigureAwait(false);
    }

    public async Task ReleaseAsync(string site, string holder, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, null, "DELETE FROM source_leases WHERE site = $1 AND holder = $2", site, holder);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<SourceLease?> ReadAsync(NpgsqlConnection connection, string site, CancellationToken cancellationToken)
    {
        await using var command = PostgresCommand.Create(connection, null, "SELECT holder, expires, claimed_at FROM source_leases WHERE site = $1", site);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new SourceLease(site, reader.GetString(0), PostgresCommand.Instant(reader, 1)!.Value, PostgresCommand.Instant(reader, 2))
            : null;
    }
}
