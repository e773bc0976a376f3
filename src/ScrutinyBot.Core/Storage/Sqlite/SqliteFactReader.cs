using Microsoft.Data.Sqlite;
using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Storage.Sqlite;

/// <summary>Reads every fact table back into records, each with its evidence (source, part, page, quote).</summary>
internal sealed class SqliteFactReader(SqliteConnection connection) : IFactTableReader
{
    private readonly ShortTextPool _pool = new();
    private readonly Dictionary<string, CitedPaper> _papers = new(StringComparer.Ordinal);

    public Task<DocumentFacts> ReadAsync(CancellationToken cancellationToken) => FactTables.ReadAllAsync(this, cancellationToken);

    public async Task<IReadOnlyList<T>> ReadAsync<T>(FactTable<T> table, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {table.Columns}, d.source, f.part, f.page, f.quote, d.title, d.format, d.source_path
            FROM {table.Table} f JOIN documents d ON d.id = f.document_id
            ORDER BY f.document_id, f.id
            """;
        var count = table.ColumnCount;
        var results = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var row = new SqliteFactRow(reader, _pool);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var source = row.Text(count)!;
            var evidence = new Evidence(source, row.Text(count + 1)!, reader.GetInt32(count + 2), reader.GetString(count + 3))
            {
                Paper = PaperOf(source, row, count),
            };
            results.Add(table.Map(row, evidence));
        }

        return results;
    }

    /// <summary>One citation of each paper, shared by all its facts.</summary>
    private CitedPaper PaperOf(string source, SqliteFactRow row, int count)
    {
        if (!_papers.TryGetValue(source, out var paper))
        {
            paper = new CitedPaper(row.Text(count + 4) ?? source, row.Text(count + 5)!, row.Text(count + 6)!);
            _papers[source] = paper;
        }

        return paper;
    }
}
