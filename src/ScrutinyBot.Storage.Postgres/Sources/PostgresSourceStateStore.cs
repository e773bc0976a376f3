using Npgsql;
using ScrutinyBot.Core.Sources;

namespace ScrutinyBot.Storage.Postgres.Sources;

/// <summary>Source progress in PostgreSQL (source_sites, source_meetings, source_documents), shared by every instance.</summary>
public sealed class PostgresSourceStateStore(PostgresDatabase database) : ISourceStateStore
{
    public async Task<DateTimeOffset> BeginRunAsync(string site, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, null, """
            INSERT INTO source_sites (site, run_started) VALUES ($1, $2)
            ON CONFLICT (site) DO UPDATE SET run_started = coalesce(source_sites.run_started, excluded.run_started)
            RETURNING run_started
            """, site, now);
        return (DateTimeOffset)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) switch
        {
            DateTime utc => new DateTimeOffset(utc, TimeSpan.Zero),
            var other => other!,
        });
    }

    public Task EndRunAsync(string site, DateTimeOffset now, string? error, string report, CancellationToken cancellationToken) =>
        error is null
            ? ExecuteAsync("UPDATE source_sites SET run_started = NULL, last_sync = $2, last_error = NULL, last_report = $3 WHERE site = $1",
                cancellationToken, site, now, report)
            : ExecuteAsync("UPDATE source_sites SET last_error = $2, last_report = $3 WHERE site = $1", cancellationToken, site, error, report);

    public async Task<bool> IsMeetingDoneAsync(string site, string meetingId, DateTimeOffset run, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, null,
            "SELECT EXISTS (SELECT 1 FROM source_meetings WHERE site = $1 AND meeting_id = $2 AND done_run = $3)", site, meetingId, run);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public Task MarkMeetingDoneAsync(string site, string meetingId, DateTimeOffset run, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "INSERT INTO source_meetings (site, meeting_id, done_run) VALUES ($1, $2, $3) ON CONFLICT (site, meeting_id) DO UPDATE SET done_run = excluded.done_run",
            cancellationToken, site, meetingId, run);

    public async Task<IReadOnlyList<SourceDocumentState>> ListDocumentsAsync(string site, string meetingId, CancellationToken cancellationToken) =>
        await QueryDocumentsAsync("site = $1 AND meeting_id = $2", site, meetingId, cancellationToken).ConfigureAwait(false);

    public async Task<SourceDocumentState?> FindDocumentAsync(string site, string url, CancellationToken cancellationToken) =>
        (await QueryDocumentsAsync("site = $1 AND url = $2", site, url, cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    public Task SaveDocumentAsync(SourceDocumentState document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ExecuteAsync(
            """
            INSERT INTO source_documents (site, url, meeting_id, etag, last_modified, length, content_hash, local_path)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            ON CONFLICT (site, url) DO UPDATE SET meeting_id = excluded.meeting_id, etag = excluded.etag,
                last_modified = excluded.last_modified, length = excluded.length, content_hash = excluded.content_hash,
                local_path = excluded.local_path
            """,
            cancellationToken, document.Site, document.Url, document.MeetingId, document.ETag, document.LastModified, document.Length,
            document.ContentHash, document.LocalPath);
    }

    public Task RemoveDocumentAsync(string site, string url, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM source_documents WHERE site = $1 AND url = $2", cancellationToken, site, url);

    public async Task<SourceSiteStatus> GetStatusAsync(string site, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, null, """
            SELECT s.last_sync, s.run_started, s.last_error, s.last_report,
                   (SELECT count(*) FROM source_meetings m WHERE m.site = $1)::integer,
                   (SELECT count(*) FROM source_documents d WHERE d.site = $1)::integer
            FROM (SELECT $1::text AS site) x LEFT JOIN source_sites s ON s.site = x.site
            """, site);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new SourceSiteStatus(site, PostgresCommand.Instant(reader, 0), PostgresCommand.Instant(reader, 1), reader.GetInt32(4),
            reader.GetInt32(5), PostgresCommand.Text(reader, 2), PostgresCommand.Text(reader, 3));
    }

    private async Task<List<SourceDocumentState>> QueryDocumentsAsync(string where, string site, string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, null,
            $"SELECT site, meeting_id, url, etag, last_modified, length, content_hash, local_path FROM source_documents WHERE {where} ORDER BY url", site, key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var documents = new List<SourceDocumentState>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            documents.Add(new SourceDocumentState(reader.GetString(0), reader.GetString(1), reader.GetString(2), PostgresCommand.Text(reader, 3),
                PostgresCommand.Text(reader, 4), reader.GetInt64(5), reader.GetString(6), reader.GetString(7)));
        }

        return documents;
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using NpgsqlCommand command = PostgresCommand.Create(connection, null, sql, values);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
