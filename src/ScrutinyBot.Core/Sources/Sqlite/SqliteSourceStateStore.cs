using System.Globalization;
using Microsoft.Data.Sqlite;
using ScrutinyBot.Core.Digests.Sqlite;
using ScrutinyBot.Core.Storage.Sqlite;

namespace ScrutinyBot.Core.Sources.Sqlite;

/// <summary>Source progress in the embedded store (source_sites, source_meetings, source_documents in Schema.sql).</summary>
public sealed class SqliteSourceStateStore(SqliteConnectionFactory connections) : ISourceStateStore
{
    public async Task<DateTimeOffset> BeginRunAsync(string site, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO source_sites (site, run_started) VALUES ($site, $now)
            ON CONFLICT(site) DO UPDATE SET run_started = coalesce(run_started, excluded.run_started);
            SELECT run_started FROM source_sites WHERE site = $site;
            """;
        command.Parameters.AddWithValue("$site", site);
        command.Parameters.AddWithValue("$now", SqliteTime.Write(now));
        var started = (string)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        return SqliteTime.Read(started);
    }

    public Task EndRunAsync(string site, DateTimeOffset now, string? error, string report, CancellationToken cancellationToken) =>
        ExecuteAsync(
            error is null
                ? "UPDATE source_sites SET run_started = NULL, last_sync = $now, last_error = NULL, last_report = $report WHERE site = $site"
                : "UPDATE source_sites SET last_error = $error, last_report = $report WHERE site = $site",
            cancellationToken,
            ("$site", site), ("$now", SqliteTime.Write(now)), ("$error", (object?)error ?? DBNull.Value), ("$report", report));

    public async Task<bool> IsMeetingDoneAsync(string site, string meetingId, DateTimeOffset run, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM source_meetings WHERE site = $site AND meeting_id = $meeting AND done_run = $run";
        command.Parameters.AddWithValue("$site", site);
        command.Parameters.AddWithValue("$meeting", meetingId);
        command.Parameters.AddWithValue("$run", SqliteTime.Write(run));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0;
    }

    public Task MarkMeetingDoneAsync(string site, string meetingId, DateTimeOffset run, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "INSERT INTO source_meetings (site, meeting_id, done_run) VALUES ($site, $meeting, $run) ON CONFLICT(site, meeting_id) DO UPDATE SET done_run = excluded.done_run",
            cancellationToken, ("$site", site), ("$meeting", meetingId), ("$run", SqliteTime.Write(run)));

    public async Task<IReadOnlyList<SourceDocumentState>> ListDocumentsAsync(string site, string meetingId, CancellationToken cancellationToken) =>
        await QueryDocumentsAsync("site = $site AND meeting_id = $key", site, meetingId, cancellationToken).ConfigureAwait(false);

    public async Task<SourceDocumentState?> FindDocumentAsync(string site, string url, CancellationToken cancellationToken) =>
        (await QueryDocumentsAsync("site = $site AND url = $key", site, url, cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    public Task SaveDocumentAsync(SourceDocumentState document, CancellationToken cancellationToken) =>
        ExecuteAsync(
            """
            INSERT INTO source_documents (site, url, meeting_id, etag, last_modified, length, content_hash, local_path)
            VALUES ($site, $url, $meeting, $etag, $modified, $length, $hash, $path)
            ON CONFLICT(site, url) DO UPDATE SET meeting_id = excluded.meeting_id, etag = excluded.etag,
                last_modified = excluded.last_modified, length = excluded.length, content_hash = excluded.content_hash,
                local_path = excluded.local_path
            """,
            cancellationToken,
            ("$site", document.Site), ("$url", document.Url), ("$meeting", document.MeetingId),
            ("$etag", (object?)document.ETag ?? DBNull.Value), ("$modified", (object?)document.LastModified ?? DBNull.Value),
            ("$length", document.Length), ("$hash", document.ContentHash), ("$path", document.LocalPath));

    public Task RemoveDocumentAsync(string site, string url, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM source_documents WHERE site = $site AND url = $url", cancellationToken, ("$site", site), ("$url", url));

    public async Task<SourceSiteStatus> GetStatusAsync(string site, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT s.last_sync, s.run_started, s.last_error, s.last_report,
                   (SELECT count(*) FROM source_meetings m WHERE m.site = $site),
                   (SELECT count(*) FROM source_documents d WHERE d.site = $site)
            FROM (SELECT $site AS site) x LEFT JOIN source_sites s ON s.site = x.site
            """;
        command.Parameters.AddWithValue("$site", site);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new SourceSiteStatus(
            site,
            SqliteTime.ReadNullable(reader.GetValue(0)),
            SqliteTime.ReadNullable(reader.GetValue(1)),
            reader.GetInt32(4),
            reader.GetInt32(5),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetString(3));
    }

    private async Task<List<SourceDocumentState>> QueryDocumentsAsync(string where, string site, string key, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT site, meeting_id, url, etag, last_modified, length, content_hash, local_path FROM source_documents WHERE {where} ORDER BY url";
        command.Parameters.AddWithValue("$site", site);
        command.Parameters.AddWithValue("$key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var documents = new List<SourceDocumentState>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            documents.Add(new SourceDocumentState(
                reader.GetString(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetInt64(5), reader.GetString(6), reader.GetString(7)));
        }

        return documents;
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
