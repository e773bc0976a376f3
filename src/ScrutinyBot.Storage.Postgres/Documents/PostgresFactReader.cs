using Npgsql;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Storage.Postgres.Documents;

/// <summary>Reads every fact table back into records, each with its evidence (source, part, page, quote).</summary>
internal sealed class PostgresFactReader(NpgsqlConnection connection, NpgsqlTransaction transaction) : IFactTableReader
{
    private readonly ShortTextPool _pool = new();

    public Task<DocumentFacts> ReadAsync(CancellationToken cancellationToken) => FactTables.ReadAllAsync(this, cancellationToken);

    public async Task<IReadOnlyList<T>> ReadAsync<T>(FactTable<T> table, CancellationToken cancellationToken)
    {
        await using var command = PostgresCommand.Create(connection, transaction, $"""
            SELECT {table.Columns}, d.source, f.part, f.page, f.quote
            FROM {table.Table} f JOIN documents d ON d.id = f.document_id
            ORDER BY f.document_id, f.id
            """);
        var count = table.ColumnCount;
        var results = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var row = new PostgresFactRow(reader, _pool);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var evidence = new Evidence(row.Text(count)!, row.Text(count + 1)!, reader.GetInt32(count + 2), reader.GetString(count + 3));
            results.Add(table.Map(row, evidence));
        }

        return results;
    }
}
