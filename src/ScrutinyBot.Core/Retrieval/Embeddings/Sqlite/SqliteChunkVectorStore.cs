using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ScrutinyBot.Core.Retrieval.Sqlite;
using ScrutinyBot.Core.Storage.Sqlite;

namespace ScrutinyBot.Core.Retrieval.Embeddings.Sqlite;

/// <summary>Chunk vectors in the embedded store's chunks.embedding column (float32 blobs).</summary>
public sealed class SqliteChunkVectorStore(SqliteConnectionFactory connections) : IChunkVectorStore
{
    private const string ChunkColumns = $"""
        c.id, d.source, c.part_ordinal, c.part_kind, c.part_title, c.item_title, c.page, c.meeting_date,
        c.committee, c.council, c.text, {SqliteSearchIndex.PaperColumns}
        FROM chunks c JOIN documents d ON d.id = c.document_id {SqliteSearchIndex.PartJoin}
        """;

    public async Task<IReadOnlyList<StoredChunk>> ListUnembeddedAsync(long afterId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {ChunkColumns} WHERE c.embedding IS NULL AND c.id > $after ORDER BY c.id LIMIT $limit";
        command.Parameters.AddWithValue("$after", afterId);
        command.Parameters.AddWithValue("$limit", limit);
        return await ReadChunksAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> CountUnembeddedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM chunks WHERE embedding IS NULL";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task SaveAsync(IReadOnlyList<ChunkVector> vectors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        if (vectors.Count == 0)
        {
            return;
        }

        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var update = connection.CreateCommand())
        {
            update.Transaction = transaction;
            update.CommandText = "UPDATE chunks SET embedding = $embedding WHERE id = $id";
            var id = update.Parameters.Add("$id", SqliteType.Integer);
            var embedding = update.Parameters.Add("$embedding", SqliteType.Blob);
            foreach (var vector in vectors)
            {
                id.Value = vector.ChunkId;
                embedding.Value = VectorBlob.Encode(vector.Vector);
                await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        // Vectors are written after the document's own transaction, so the documents triggers did not see them:
        // move the generation on here so vector caches in every process reload.
        await using (var bump = connection.CreateCommand())
        {
            bump.Transaction = transaction;
            bump.CommandText = "UPDATE store_generation SET value = value + 1 WHERE id = 1";
            await bump.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<ChunkVector> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, embedding FROM chunks WHERE embedding IS NOT NULL ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        // One blob buffer for the whole read: a store's every vector passes through here when the vector cache
        // loads, and a fresh array per row was as much garbage again as the vectors themselves.
        var blob = Array.Empty<byte>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var length = (int)reader.GetBytes(1, 0, null, 0, 0);
            if (blob.Length < length)
            {
                blob = new byte[length];
            }

            reader.GetBytes(1, 0, blob, 0, length);
            if (VectorBlob.Decode(blob.AsSpan(0, length)) is { } vector)
            {
                yield return new ChunkVector(reader.GetInt64(0), vector);
            }
        }
    }

    public async Task<IReadOnlyList<ChunkVector>> ReadVectorsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var vectors = new List<ChunkVector>(ids.Count);
        if (ids.Count == 0)
        {
            return vectors;
        }

        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, embedding FROM chunks WHERE id IN (SELECT value FROM json_each($ids)) AND embedding IS NOT NULL";
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (VectorBlob.Decode((byte[])reader.GetValue(1)) is { } vector)
            {
                vectors.Add(new ChunkVector(reader.GetInt64(0), vector));
            }
        }

        return vectors;
    }

    public async Task<IReadOnlyList<StoredChunk>> ReadChunksAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {ChunkColumns} WHERE c.id IN (SELECT value FROM json_each($ids))";
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids));
        return await ReadChunksAsync(command, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<StoredChunk>> ReadChunksAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var chunks = new List<StoredChunk>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            chunks.Add(new StoredChunk(reader.GetInt64(0), SqliteSearchIndex.ReadChunk(reader, 11)));
        }

        return chunks;
    }
}
