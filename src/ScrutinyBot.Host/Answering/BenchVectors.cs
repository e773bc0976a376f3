using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using ScrutinyBot.Core.Storage.Sqlite;

namespace ScrutinyBot.Host.Answering;

/// <summary>Gives each chunk of a bench copy the vector of the same chunk (same file, same place in it) of the copy
/// that was embedded, so the bench does not spend an hour embedding date-shifted duplicates. Chunks with no
/// counterpart keep no vector (they stay BM25-only).</summary>
public static partial class BenchVectors
{
    /// <returns>How many chunks were given a vector.</returns>
    public static async Task<int> CopyFromOriginalsAsync(SqliteConnectionFactory connections, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connections);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var originals = new Dictionary<(string File, int Place), long>();
        var missing = new List<(long Id, string File, int Place)>();
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = """
                SELECT c.id, d.source, row_number() OVER (PARTITION BY c.document_id ORDER BY c.id), c.embedding IS NOT NULL
                FROM chunks c JOIN documents d ON d.id = c.document_id
                """;
            await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var key = (CopyPrefix().Replace(reader.GetString(1), string.Empty), reader.GetInt32(2));
                if (reader.GetBoolean(3))
                {
                    originals.TryAdd(key, reader.GetInt64(0));
                }
                else
                {
                    missing.Add((reader.GetInt64(0), key.Item1, key.Item2));
                }
            }
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE chunks SET embedding = (SELECT embedding FROM chunks WHERE id = $from) WHERE id = $to";
        var from = update.Parameters.Add("$from", SqliteType.Integer);
        var to = update.Parameters.Add("$to", SqliteType.Integer);
        var copied = 0;
        foreach (var (id, file, place) in missing)
        {
            if (originals.TryGetValue((file, place), out var original))
            {
                from.Value = original;
                to.Value = id;
                copied += await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await using (var bump = connection.CreateCommand())
        {
            bump.Transaction = transaction;
            bump.CommandText = "UPDATE store_generation SET value = value + 1 WHERE id = 1";
            await bump.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return copied;
    }

    [GeneratedRegex(@"^copy\d+-")]
    private static partial Regex CopyPrefix();
}
