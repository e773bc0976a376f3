using Microsoft.Data.Sqlite;
using ScrutinyBot.Core.Digests.Sqlite;
using ScrutinyBot.Core.Storage.Sqlite;

namespace ScrutinyBot.Core.Sources.Sqlite;

/// <summary>Site leases in the embedded store (source_leases in Schema.sql). The claim is one statement, so two
/// hosts on one file cannot both win it.</summary>
public sealed class SqliteSourceLeaseStore(SqliteConnectionFactory connections) : ISourceLeaseStore
{
    public async Task<SourceLease> TryClaimAsync(string site, string holder, DateTimeOffset now, DateTimeOffset expires, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO source_leases (site, holder, expires, claimed_at) VALUES ($site, $holder, $expires, $now)
            ON CONFLICT(site) DO UPDATE SET holder = excluded.holder, expires = excluded.expires,
                claimed_at = CASE WHEN source_leases.holder = excluded.holder THEN coalesce(source_leases.claimed_at, excluded.claimed_at) ELSE excluded.claimed_at END
            WHERE source_leases.holder = excluded.holder OR source_leases.expires <= $now;
            SELECT holder, expires, claimed_at FROM source_leases WHERE site = $site;
            """;
        command.Parameters.AddWithValue("$site", site);
        command.Parameters.AddWithValue("$holder", holder);
        command.Parameters.AddWithValue("$now", SqliteTime.Write(now));
        command.Parameters.AddWithValue("$expires", SqliteTime.Write(expires));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return Read(site, reader);
    }

    public async Task<SourceLease?> FindAsync(string site, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT holder, expires, claimed_at FROM source_leases WHERE site = $site";
        command.Parameters.AddWithValue("$site", site);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(site, reader) : null;
    }

    public async Task ReleaseAsync(string site, string holder, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM source_leases WHERE site = $site AND holder = $holder";
        command.Parameters.AddWithValue("$site", site);
        command.Parameters.AddWithValue("$holder", holder);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static SourceLease Read(string site, SqliteDataReader reader) =>
        new(site, reader.GetString(0), SqliteTime.Read(reader.GetString(1)), SqliteTime.ReadNullable(reader.GetValue(2)));
}
