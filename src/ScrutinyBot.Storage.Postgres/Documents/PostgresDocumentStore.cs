using Npgsql;
using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Storage.Postgres.Documents;

/// <summary>The system of record in PostgreSQL: documents, pages, parts, chunks (with their tsvector) and facts. A save
/// replaces the document with the same source path in one transaction, taking a row lock on the path first so two
/// instances ingesting the same file one after the other never leave two copies.</summary>
public sealed class PostgresDocumentStore(PostgresDatabase database, TimeProvider timeProvider) : IDocumentStore, IFactStore
{
    private const string DocumentColumns =
        "id, source, source_path, content_hash, format, page_count, ingested_at, council, committee, meeting_date, title";

    public async Task<StoredDocument?> FindBySourcePathAsync(string sourcePath, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return (await QueryAsync(connection, null, "source_path = $1", sourcePath, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<StoredDocument>> ListDocumentsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await QueryAsync(connection, null, "true", null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<StoredDocument> SaveAsync(DocumentToSave document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var ingestedAt = Truncate(timeProvider.GetUtcNow());
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        // Serialise saves of the same path across instances (the unique index alone would fail the second one).
        await using (var lockPath = PostgresCommand.Create(connection, transaction, "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", document.SourcePath))
        {
            await lockPath.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var delete = PostgresCommand.Create(connection, transaction, "DELETE FROM documents WHERE source_path = $1", document.SourcePath))
        {
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var id = await new PostgresDocumentWriter(connection, transaction).InsertAsync(document, ingestedAt, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new StoredDocument(id, document.Source, document.SourcePath, document.ContentHash, document.Format,
            document.Pages.Count, ingestedAt, document.Extraction.Metadata);
    }

    public async Task<StoredDocument?> ForgetAsync(string pathOrId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pathOrId);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var matches = long.TryParse(pathOrId, out var id)
            ? await QueryAsync(connection, transaction, "id = $1", id, cancellationToken).ConfigureAwait(false)
            : [];
        if (matches.Count == 0)
        {
            matches = await QueryAsync(connection, transaction, "source_path = $1", pathOrId, cancellationToken).ConfigureAwait(false);
        }

        if (matches.Count == 0)
        {
            matches = await QueryAsync(connection, transaction, "source = $1", pathOrId, cancellationToken).ConfigureAwait(false);
        }

        if (matches.Count != 1)
        {
            return null;
        }

        // Pages, parts, chunks and facts go with the document (ON DELETE CASCADE).
        await using (var delete = PostgresCommand.Create(connection, transaction, "DELETE FROM documents WHERE id = $1", matches[0].Id))
        {
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return matches[0];
    }

    public async Task<FactSet> LoadFactsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        // One snapshot for documents and facts, so a save landing in between cannot mix versions.
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        var documents = await QueryAsync(connection, transaction, "true", null, cancellationToken).ConfigureAwait(false);
        var facts = await new PostgresFactReader(connection, transaction).ReadAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new FactSet(facts, documents);
    }

    /// <summary>timestamptz keeps microseconds: the instant returned is the one a later read gives back.</summary>
    private static DateTimeOffset Truncate(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % 10), TimeSpan.Zero);

    private static async Task<List<StoredDocument>> QueryAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string where, object? key, CancellationToken cancellationToken)
    {
        await using var command = key is null
            ? PostgresCommand.Create(connection, transaction, $"SELECT {DocumentColumns} FROM documents WHERE {where} ORDER BY id")
            : PostgresCommand.Create(connection, transaction, $"SELECT {DocumentColumns} FROM documents WHERE {where} ORDER BY id", key);
        var documents = new List<StoredDocument>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var metadata = new DocumentMetadata(
                PostgresCommand.Text(reader, 7), PostgresCommand.Text(reader, 8), PostgresCommand.Date(reader, 9), PostgresCommand.Text(reader, 10));
            documents.Add(new StoredDocument(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), reader.GetInt32(5), reader.GetFieldValue<DateTimeOffset>(6), metadata));
        }

        return documents;
    }
}
