using Microsoft.Data.Sqlite;
using ScrutinyBot.Core.Digests.Sqlite;
using ScrutinyBot.Core.Storage.Sqlite;

namespace ScrutinyBot.Core.Sources.Sqlite;

/// <summary>Site meetings in the embedded store (source_meeting_details, source_agenda_items in Schema.sql).</summary>
public sealed class SqliteSourceMeetingStore(SqliteConnectionFactory connections) : ISourceMeetingStore
{
    public async Task<bool> SaveAsync(SiteMeeting meeting, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var fingerprint = meeting.Fingerprint;
        await using (var check = Command(connection, transaction,
            "SELECT fingerprint FROM source_meeting_details WHERE site = $site AND meeting_id = $meeting", meeting))
        {
            if (await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string stored && string.Equals(stored, fingerprint, StringComparison.Ordinal))
            {
                return false;
            }
        }

        await using (var save = Command(connection, transaction, """
            INSERT INTO source_meeting_details (site, meeting_id, committee, date, start_time, venue, fingerprint, fetched_at)
            VALUES ($site, $meeting, $committee, $date, $start, $venue, $fingerprint, $now)
            ON CONFLICT(site, meeting_id) DO UPDATE SET committee = excluded.committee, date = excluded.date,
                start_time = excluded.start_time, venue = excluded.venue, fingerprint = excluded.fingerprint, fetched_at = excluded.fetched_at;
            DELETE FROM source_agenda_items WHERE site = $site AND meeting_id = $meeting;
            UPDATE store_generation SET value = value + 1 WHERE id = 1;
            """, meeting))
        {
            save.Parameters.AddWithValue("$committee", meeting.Committee);
            save.Parameters.AddWithValue("$date", SqliteValues.Date(meeting.Date));
            save.Parameters.AddWithValue("$start", SqliteValues.Time(meeting.Start));
            save.Parameters.AddWithValue("$venue", SqliteValues.Text(meeting.Venue));
            save.Parameters.AddWithValue("$fingerprint", fingerprint);
            save.Parameters.AddWithValue("$now", SqliteTime.Write(now));
            await save.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        for (var i = 0; i < meeting.AgendaItems.Count; i++)
        {
            await using var item = Command(connection, transaction,
                "INSERT INTO source_agenda_items (site, meeting_id, ordinal, number, title) VALUES ($site, $meeting, $ordinal, $number, $title)", meeting);
            item.Parameters.AddWithValue("$ordinal", i);
            item.Parameters.AddWithValue("$number", meeting.AgendaItems[i].Number);
            item.Parameters.AddWithValue("$title", meeting.AgendaItems[i].Title);
            await item.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<IReadOnlyList<SiteMeeting>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = new SiteMeetingRows();
        await using (var meetings = connection.CreateCommand())
        {
            meetings.CommandText = "SELECT site, meeting_id, committee, date, start_time, venue FROM source_meeting_details";
            await using var reader = await meetings.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.AddMeeting(new SiteMeeting(
                    reader.GetString(0), reader.GetString(1), reader.GetString(2),
                    SqliteValues.ParseDate(reader.GetString(3)) ?? default,
                    SqliteValues.ParseTime(reader.IsDBNull(4) ? null : reader.GetString(4)),
                    reader.IsDBNull(5) ? null : reader.GetString(5),
                    []));
            }
        }

        await using (var items = connection.CreateCommand())
        {
            items.CommandText = "SELECT site, meeting_id, number, title FROM source_agenda_items ORDER BY site, meeting_id, ordinal";
            await using var reader = await items.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.AddAgendaItem(reader.GetString(0), reader.GetString(1), new SiteAgendaItem(reader.GetString(2), reader.GetString(3)));
            }
        }

        await using (var papers = connection.CreateCommand())
        {
            papers.CommandText = "SELECT sd.site, sd.meeting_id, d.source_path FROM source_documents sd JOIN documents d ON d.source_path = sd.local_path";
            await using var reader = await papers.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.AddDocumentPath(reader.GetString(0), reader.GetString(1), reader.GetString(2));
            }
        }

        return rows.ToList();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, SiteMeeting meeting)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$site", meeting.Site);
        command.Parameters.AddWithValue("$meeting", meeting.MeetingId);
        return command;
    }
}
