using ScrutinyBot.Core.Retrieval.FullText;
using ScrutinyBot.Core.Retrieval.Spelling;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Storage.Postgres.Search;

/// <summary>The words of the PostgreSQL store's chunks as the embedded store's vocabulary holds them (Porter stems of
/// three letters or more, with how many chunks hold each), so a mistyped word ("vist") and a county written short
/// ("Notts") are read alike on either engine. PostgreSQL's ts_stat lists each word once with its chunk count; a stem
/// takes the sum of its words' counts (a chunk holding two forms of it counts twice, which FTS5 would count once).
/// Read once per store generation.</summary>
public sealed class PostgresIndexVocabulary(PostgresDatabase database, IStoreGeneration generation) : StoreIndexVocabulary(generation)
{
    private const string WordsSql = """
        SELECT word, ndoc FROM ts_stat($$SELECT to_tsvector('simple', part_title || ' ' || coalesce(item_title, '') || ' ' || text || ' ' || coalesce(committee, '')) FROM chunks$$)
        WHERE word ~ '^[a-z]{3,}$'
        """;

    protected override async Task<IndexedTerms> LoadAsync(CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, null, WordsSql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var stem = PorterStemmer.Stem(reader.GetString(0));
            var chunks = reader.GetInt32(1);
            if (stem.Length >= 3)
            {
                counts[stem] = counts.GetValueOrDefault(stem) + chunks;
            }
        }

        return new IndexedTerms(counts);
    }
}
