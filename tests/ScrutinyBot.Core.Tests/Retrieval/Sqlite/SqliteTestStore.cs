using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Storage;
using ScrutinyBot.Core.Storage.Sqlite;

namespace ScrutinyBot.Core.Tests.Retrieval.Sqlite;

/// <summary>A temp-dir store that tests fill with rows directly.</summary>
internal sealed class SqliteTestStore : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "scrutinybot-tests", Guid.NewGuid().ToString("N"));

    public SqliteTestStore()
    {
        Connections = new SqliteConnectionFactory(Options.Create(new StorageOptions { DataDirectory = _directory }));
    }

    public SqliteConnectionFactory Connections { get; }

    public async Task<long> AddDocumentAsync(string source, string? committee = null, string? meetingDate = null)
    {
        await using var connection = await Connections.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO documents (source, source_path, content_hash, format, page_count, committee, meeting_date, ingested_at)
            VALUES ($source, $path, 'hash', 'txt', 1, $committee, $date, '2025-01-01T00:00:00Z') RETURNING id
            """;
        command.Parameters.AddWithValue("$source", source);
        command.Parameters.AddWithValue("$path", "/papers/" + source);
        command.Parameters.AddWithValue("$committee", (object?)committee ?? DBNull.Value);
        command.Parameters.AddWithValue("$date", (object?)meetingDate ?? DBNull.Value);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async Task<long> AddChunkAsync(long documentId, string text, string partTitle = "Report", string kind = "Report",
        string? itemTitle = null, int page = 1, string? meetingDate = null, string? committee = null)
    {
        await using var connection = await Connections.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO chunks (document_id, part_ordinal, part_kind, part_title, item_title, page, meeting_date, committee, council, text)
            VALUES ($doc, 0, $kind, $title, $item, $page, $date, $committee, 'Testshire County Council', $text) RETURNING id
            """;
        command.Parameters.AddWithValue("$doc", documentId);
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$title", partTitle);
        command.Parameters.AddWithValue("$item", (object?)itemTitle ?? DBNull.Value);
        command.Parameters.AddWithValue("$page", page);
        command.Parameters.AddWithValue("$date", (object?)meetingDate ?? DBNull.Value);
        command.Parameters.AddWithValue("$committee", (object?)committee ?? DBNull.Value);
        command.Parameters.AddWithValue("$text", text);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Many chunks of one document in one transaction, for tests of how a search scales.</summary>
    public async Task AddChunksAsync(long documentId, IEnumerable<string> texts, string? committee = null)
    {
        await using var connection = await Connections.OpenAsync(CancellationToken.None);
        await using var transaction = connection.BeginTransaction();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO chunks (document_id, part_ordinal, part_kind, part_title, page, committee, council, text)
            VALUES ($doc, 0, 'Report', 'Report', 1, $committee, 'Testshire County Council', $text)
            """;
        command.Parameters.AddWithValue("$doc", documentId);
        command.Parameters.AddWithValue("$committee", (object?)committee ?? DBNull.Value);
        var text = command.Parameters.Add("$text", SqliteType.Text);
        foreach (var value in texts)
        {
            text.Value = value;
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // The temp directory is cleaned by the OS later; a locked file must not fail the test.
        }
    }
}
