using Microsoft.Data.Sqlite;
using ScrutinyBot.Core.Retrieval.Spelling;
using ScrutinyBot.Core.Storage;
using ScrutinyBot.Core.Storage.Sqlite;

namespace ScrutinyBot.Core.Retrieval.Sqlite;

/// <summary>The terms of the embedded store's full-text index (its porter stems, words only), read through FTS5's
/// vocabulary table once per store generation.</summary>
public sealed class SqliteIndexVocabulary(SqliteConnectionFactory connections, IStoreGeneration generation) : StoreIndexVocabulary(generation)
{
    protected override async Task<IndexedTerms> LoadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE VIRTUAL TABLE IF NOT EXISTS temp.chunks_vocab USING fts5vocab(main, chunks_fts, row)";
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT term, doc FROM temp.chunks_vocab WHERE length(term) >= 3 AND term NOT GLOB '*[^a-z]*'";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            counts[reader.GetString(0)] = reader.GetInt32(1);
        }

        return new IndexedTerms(counts);
    }
}
