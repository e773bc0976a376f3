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
            INSERT INTO source_leases (site, holder, expires) VALUES ($site, $holder, $expires)
            ON CONFLICT(site) DO UPDATE SET holder = excluded.holder, expires = excluded.expires
            WHERE source_leases.holder = excluded.holder OR source_leases.expires <= $now;
            SELECT holder, expires FROM source_leases WHERE site = $site;
            """;
        command.Parameters.AddWithValue("$site", site);
        command.Parameters.AddWithValue("$holder", holder);
        command.Parameters.AddWithValue("$now", SqliteTime.Write(now));
        command.Parameters.AddWithValue("$expires", SqliteTime.Write(expires));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new SourceLease(site, reader.GetString(0), SqliteTime.Read(reader.GetString(1)));
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
}
