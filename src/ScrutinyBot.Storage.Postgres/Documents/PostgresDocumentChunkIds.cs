using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Storage.Postgres.Documents;

/// <summary>The chunk ids of a document in the PostgreSQL store.</summary>
public sealed class PostgresDocumentChunkIds(PostgresDatabase database) : IDocumentChunkIds
{
    public async Task<IReadOnlyList<long>> ChunkIdsAsync(long documentId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, null, "SELECT id FROM chunks WHERE document_id = $1 ORDER BY id", documentId);
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }
}
