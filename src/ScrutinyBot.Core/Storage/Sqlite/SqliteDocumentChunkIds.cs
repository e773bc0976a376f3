namespace ScrutinyBot.Core.Storage.Sqlite;

/// <summary>The chunk ids of a document in the embedded store.</summary>
public sealed class SqliteDocumentChunkIds(SqliteConnectionFactory connections) : IDocumentChunkIds
{
    public async Task<IReadOnlyList<long>> ChunkIdsAsync(long documentId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM chunks WHERE document_id = $document ORDER BY id";
        command.Parameters.AddWithValue("$document", documentId);
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }
}
