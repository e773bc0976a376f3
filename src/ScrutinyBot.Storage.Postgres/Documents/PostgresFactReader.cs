using Npgsql;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Storage.Postgres.Documents;

/// <summary>Reads every fact table back into records, each with its evidence (source, part, page, quote).</summary>
internal sealed class PostgresFactReader(NpgsqlConnection connection, NpgsqlTransaction transaction)
{
    private static readonly FactTable<Meeting> Meetings = new(
        "meetings", "f.council, f.committee, f.date, f.start_time, f.end_time, f.place, f.chair, f.chair_page, f.chair_quote",
        (r, e) => new Meeting(e.Source, r.Text(0), r.Text(1), r.Date(2) ?? default, r.Time(3), r.Time(4), r.Text(5), r.Text(6), e)
        {
            ChairEvidence = r.Number(7) is not { } page || r.Text(8) is not { } quote ? null : e with { Page = page, Quote = quote },
        });

    public async Task<DocumentFacts> ReadAsync(CancellationToken cancellationToken)
    {
        var meetings = await ReadAsync(Meetings, cancellationToken).ConfigureAwait(false);
        var attendance = await ReadAsync(FactTables.Attendance, cancellationToken).ConfigureAwait(false);
        var agendaItems = await ReadAsync(FactTables.AgendaItems, cancellationToken).ConfigureAwait(false);
        var resolutions = await ReadAsync(FactTables.Resolutions, cancellationToken).ConfigureAwait(false);
        var recommendations = await ReadAsync(FactTables.Recommendations, cancellationToken).ConfigureAwait(false);
        var workProgramme = await ReadAsync(FactTables.WorkProgramme, cancellationToken).ConfigureAwait(false);
        return new DocumentFacts(meetings, attendance, agendaItems, resolutions, recommendations, workProgramme);
    }

    private async Task<IReadOnlyList<T>> ReadAsync<T>(FactTable<T> table, CancellationToken cancellationToken)
    {
        await using var command = PostgresCommand.Create(connection, transaction, $"""
            SELECT {table.Columns}, d.source, f.part, f.page, f.quote
            FROM {table.Table} f JOIN documents d ON d.id = f.document_id
            ORDER BY f.document_id, f.id
            """);
        var count = table.ColumnCount;
        var results = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var row = new PostgresFactRow(reader);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var evidence = new Evidence(reader.GetString(count), reader.GetString(count + 1), reader.GetInt32(count + 2), reader.GetString(count + 3));
            results.Add(table.Map(row, evidence));
        }

        return results;
    }
}
