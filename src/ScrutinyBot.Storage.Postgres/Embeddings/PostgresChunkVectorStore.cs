using System.Globalization;
using System.Runtime.CompilerServices;
using Npgsql;
using NpgsqlTypes;
using ScrutinyBot.Core.Retrieval.Embeddings;
using ScrutinyBot.Storage.Postgres.Search;

namespace ScrutinyBot.Storage.Postgres.Embeddings;

/// <summary>Chunk vectors in the chunks.embedding column (real[]). There is no pgvector here: the nearest-neighbour
/// leg of hybrid retrieval reads these vectors into the application's <see cref="ChunkVectorIndex"/>.</summary>
public sealed class PostgresChunkVectorStore(PostgresDatabase database) : IChunkVectorStore
{
    private const string ChunkFrom = "FROM chunks c " + PostgresChunkRows.Joins;

    public async Task<IReadOnlyList<StoredChunk>> ListUnembeddedAsync(long afterId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, null,
            $"SELECT {PostgresChunkRows.Columns} {ChunkFrom} WHERE c.embedding IS NULL AND c.id > $1 ORDER BY c.id LIMIT $2", afterId, limit);
        return await ReadChunksAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> CountUnembeddedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, null, "SELECT count(*) FROM chunks WHERE embedding IS NULL");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    public async Task SaveAsync(IReadOnlyList<ChunkVector> vectors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        if (vectors.Count == 0)
        {
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var update = new NpgsqlCommand("UPDATE chunks SET embedding = $2 WHERE id = $1", connection, transaction))
        {
            var id = update.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint });
            var embedding = update.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Real });
            foreach (var vector in vectors)
            {
                id.Value = vector.ChunkId;
                embedding.Value = vector.Vector;
                await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        // Vectors are written after the document's own transaction: move the generation on so every instance's vector
        // cache reloads.
        await using (var bump = PostgresCommand.Create(connection, transaction, "UPDATE store_generation SET value = value + 1 WHERE id = 1"))
        {
            await bump.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<ChunkVector> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, null, "SELECT id, embedding FROM chunks WHERE embedding IS NOT NULL ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var vector = reader.GetFieldValue<float[]>(1);
            if (vector.Length > 0)
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

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, null,
            "SELECT id, embedding FROM chunks WHERE id = ANY($1) AND embedding IS NOT NULL", ids.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var vector = reader.GetFieldValue<float[]>(1);
            if (vector.Length > 0)
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

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, null,
            $"SELECT {PostgresChunkRows.Columns} {ChunkFrom} WHERE c.id = ANY($1) ORDER BY c.id", ids.ToArray());
        return await ReadChunksAsync(command, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<StoredChunk>> ReadChunksAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var chunks = new List<StoredChunk>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            chunks.Add(new StoredChunk(reader.GetInt64(0), PostgresChunkRows.Read(reader)));
        }

        return chunks;
    }
}
