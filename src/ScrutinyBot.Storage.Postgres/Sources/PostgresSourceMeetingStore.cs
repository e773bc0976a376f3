using Npgsql;
using ScrutinyBot.Core.Sources;

namespace ScrutinyBot.Storage.Postgres.Sources;

/// <summary>Site meetings in PostgreSQL (source_meeting_details, source_agenda_items), shared by every instance.</summary>
public sealed class PostgresSourceMeetingStore(PostgresDatabase database) : ISourceMeetingStore
{
    public async Task<bool> SaveAsync(SiteMeeting meeting, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var fingerprint = meeting.Fingerprint;
        await using (var check = PostgresCommand.Create(connection, transaction,
            "SELECT fingerprint FROM source_meeting_details WHERE site = $1 AND meeting_id = $2 FOR UPDATE", meeting.Site, meeting.MeetingId))
        {
            if (await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string stored && string.Equals(stored, fingerprint, StringComparison.Ordinal))
            {
                return false;
            }
        }

        await ExecuteAsync(connection, transaction, """
            INSERT INTO source_meeting_details (site, meeting_id, committee, date, start_time, venue, fingerprint, fetched_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            ON CONFLICT (site, meeting_id) DO UPDATE SET committee = excluded.committee, date = excluded.date,
                start_time = excluded.start_time, venue = excluded.venue, fingerprint = excluded.fingerprint, fetched_at = excluded.fetched_at
            """, cancellationToken, meeting.Site, meeting.MeetingId, meeting.Committee, meeting.Date, meeting.Start, meeting.Venue, fingerprint, now)
            .ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "DELETE FROM source_agenda_items WHERE site = $1 AND meeting_id = $2", cancellationToken, meeting.Site, meeting.MeetingId)
            .ConfigureAwait(false);
        for (var i = 0; i < meeting.AgendaItems.Count; i++)
        {
            await ExecuteAsync(connection, transaction,
                "INSERT INTO source_agenda_items (site, meeting_id, ordinal, number, title) VALUES ($1, $2, $3, $4, $5)",
                cancellationToken, meeting.Site, meeting.MeetingId, i, meeting.AgendaItems[i].Number, meeting.AgendaItems[i].Title).ConfigureAwait(false);
        }

        await ExecuteAsync(connection, transaction, "UPDATE store_generation SET value = value + 1 WHERE id = 1", cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<IReadOnlyList<SiteMeeting>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = new SiteMeetingRows();
        await using (var meetings = PostgresCommand.Create(connection, null, "SELECT site, meeting_id, committee, date, start_time, venue FROM source_meeting_details"))
        await using (var reader = await meetings.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.AddMeeting(new SiteMeeting(reader.GetString(0), reader.GetString(1), reader.GetString(2), PostgresCommand.Date(reader, 3)!.Value,
                    PostgresCommand.Time(reader, 4), PostgresCommand.Text(reader, 5), []));
            }
        }

        await using (var items = PostgresCommand.Create(connection, null, "SELECT site, meeting_id, number, title FROM source_agenda_items ORDER BY site, meeting_id, ordinal"))
        await using (var reader = await items.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.AddAgendaItem(reader.GetString(0), reader.GetString(1), new SiteAgendaItem(reader.GetString(2), reader.GetString(3)));
            }
        }

        await using (var papers = PostgresCommand.Create(connection, null,
            "SELECT sd.site, sd.meeting_id, d.source_path FROM source_documents sd JOIN documents d ON d.source_path = sd.local_path"))
        await using (var reader = await papers.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.AddDocumentPath(reader.GetString(0), reader.GetString(1), reader.GetString(2));
            }
        }

        return rows.ToList();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await using var command = PostgresCommand.Create(connection, transaction, sql, values);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
