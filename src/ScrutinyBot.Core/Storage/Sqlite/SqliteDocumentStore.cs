using Microsoft.Data.Sqlite;
using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Storage.Sqlite;

/// <summary>The embedded store: documents, pages, parts, chunks (with their FTS5 index) and facts in one SQLite file.
/// A save replaces the document with the same source path in one transaction.</summary>
public sealed class SqliteDocumentStore(SqliteConnectionFactory connections, TimeProvider timeProvider) : IDocumentStore, IFactStore
{
    private const string DocumentColumns =
        "id, source, source_path, content_hash, format, page_count, ingested_at, council, committee, meeting_date, title";

    public async Task<StoredDocument?> FindBySourcePathAsync(string sourcePath, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var found = await QueryDocumentsAsync(connection, null, "source_path = $key", sourcePath, cancellationToken).ConfigureAwait(false);
        return found.FirstOrDefault();
    }

    public async Task<IReadOnlyList<StoredDocument>> ListDocumentsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await QueryDocumentsAsync(connection, null, "1 = 1", null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<StoredDocument> SaveAsync(DocumentToSave document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var ingestedAt = timeProvider.GetUtcNow();
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var old = await QueryDocumentsAsync(connection, transaction, "source_path = $key", document.SourcePath, cancellationToken).ConfigureAwait(false);
        foreach (var stale in old)
        {
            await DeleteAsync(connection, transaction, stale.Id, cancellationToken).ConfigureAwait(false);
        }

        var writer = new SqliteDocumentWriter(connection, transaction);
        var id = await writer.InsertAsync(document, SqliteValues.Instant(ingestedAt), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        var meta = document.Extraction.Metadata;
        return new StoredDocument(id, document.Source, document.SourcePath, document.ContentHash, document.Format,
            document.Pages.Count, ingestedAt, meta);
    }

    public async Task<StoredDocument?> ForgetAsync(string pathOrId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pathOrId);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var matches = long.TryParse(pathOrId, out var id)
            ? await QueryDocumentsAsync(connection, transaction, "id = $key", id, cancellationToken).ConfigureAwait(false)
            : [];
        if (matches.Count == 0)
        {
            matches = await QueryDocumentsAsync(connection, transaction, "source_path = $key", pathOrId, cancellationToken).ConfigureAwait(false);
        }

        if (matches.Count == 0)
        {
            matches = await QueryDocumentsAsync(connection, transaction, "source = $key", pathOrId, cancellationToken).ConfigureAwait(false);
        }

        if (matches.Count != 1)
        {
            return null;
        }

        await DeleteAsync(connection, transaction, matches[0].Id, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return matches[0];
    }

    public async Task<FactSet> LoadFactsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var documents = await QueryDocumentsAsync(connection, null, "1 = 1", null, cancellationToken).ConfigureAwait(false);
        var facts = await new SqliteFactReader(connection).ReadAsync(cancellationToken).ConfigureAwait(false);
        return new FactSet(facts, documents);
    }

    private static async Task DeleteAsync(SqliteConnection connection, SqliteTransaction transaction, long id, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            DELETE FROM chunks WHERE document_id = $id;
            DELETE FROM pages WHERE document_id = $id;
            DELETE FROM parts WHERE document_id = $id;
            DELETE FROM meetings WHERE document_id = $id;
            DELETE FROM attendance WHERE document_id = $id;
            DELETE FROM agenda_items WHERE document_id = $id;
            DELETE FROM resolutions WHERE document_id = $id;
            DELETE FROM recommendations WHERE document_id = $id;
            DELETE FROM work_programme WHERE document_id = $id;
            DELETE FROM documents WHERE id = $id;
            """;
        command.Parameters.AddWithValue("$id", id);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<List<StoredDocument>> QueryDocumentsAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string where, object? key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {DocumentColumns} FROM documents WHERE {where} ORDER BY id";
        if (key is not null)
        {
            command.Parameters.AddWithValue("$key", key);
        }

        var documents = new List<StoredDocument>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var metadata = new DocumentMetadata(
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8),
                SqliteValues.ParseDate(reader.IsDBNull(9) ? null : reader.GetString(9)),
                reader.IsDBNull(10) ? null : reader.GetString(10));
            documents.Add(new StoredDocument(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), reader.GetInt32(5), SqliteValues.ParseInstant(reader.GetString(6)), metadata));
        }

        return documents;
    }
}
