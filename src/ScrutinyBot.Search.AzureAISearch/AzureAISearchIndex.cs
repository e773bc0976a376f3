using Azure.Search.Documents;
using Azure.Search.Documents.Models;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.Embeddings;
using ScrutinyBot.Core.Storage;
using ScrutinyBot.Search.AzureAISearch.Index;
using ScrutinyBot.Search.AzureAISearch.Querying;
using AzureSearchOptions = Azure.Search.Documents.SearchOptions;

namespace ScrutinyBot.Search.AzureAISearch;

/// <summary>Search over the Azure AI Search chunk index: BM25 over the titles, text and committee (titles weighted up
/// by the index's scoring profile) with the date, committee and part as OData filters; a hybrid query (keywords and
/// the question's vector in one request, merged by the service) when the query carries a vector; the vector leg on its
/// own (HNSW, cosine); the chunks that follow given ones; and term counts (cached per store generation).</summary>
public sealed class AzureAISearchIndex : ISearchIndex, IChunkVectorSearch
{
    private const int FollowingChunks = 2;
    private const int MaxCachedTerms = 20_000;

    private static readonly string[] HitFields =
    [
        ChunkFields.ChunkId, ChunkFields.DocumentId, ChunkFields.SourcePath, ChunkFields.Source, ChunkFields.PaperTitle, ChunkFields.Format,
        ChunkFields.PartOrdinal, ChunkFields.PartKind, ChunkFields.PartTitle, ChunkFields.PartLabel, ChunkFields.ItemTitle, ChunkFields.Page,
        ChunkFields.MeetingDate, ChunkFields.Committee, ChunkFields.Council, ChunkFields.Text,
    ];

    private readonly AzureSearchClients _clients;
    private readonly ChunkIndexInitializer _initializer;
    private readonly StoreSnapshotCache<IndexTermCounts> _counts;

    public AzureAISearchIndex(AzureSearchClients clients, ChunkIndexInitializer initializer, IStoreGeneration generation)
    {
        _clients = clients;
        _initializer = initializer;
        _counts = new StoreSnapshotCache<IndexTermCounts>(generation, CountChunksAsync);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = SearchText.For(query.Terms, query.Phrases);
        if (text is null || query.Limit <= 0)
        {
            return [];
        }

        var options = Options(query.Limit, ChunkFilter.For(query), HitFields);
        options.SearchMode = SearchMode.Any;
        options.QueryType = SearchQueryType.Simple;
        if (query.Vector is { } vector)
        {
            options.VectorSearch = Nearest(vector, query.Limit);
        }

        var hits = new List<SearchHit>(query.Limit);
        foreach (var (document, score) in await RunAsync(text, options, query.Limit, cancellationToken).ConfigureAwait(false))
        {
            var hit = new SearchHit(document.ChunkId, ChunkDocumentMapper.ToChunk(document), score);
            hits.Add(query.Vector is null ? hit : hit with { FusedScore = score });
        }

        return hits;
    }

    public async Task<IReadOnlyList<VectorMatch>> NearestAsync(float[] query, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (limit <= 0 || query.Length == 0)
        {
            return [];
        }

        var options = Options(limit, null, [ChunkFields.ChunkId]);
        options.VectorSearch = Nearest(query, limit);
        var found = await RunAsync(null, options, limit, cancellationToken).ConfigureAwait(false);
        // For cosine the service scores 1 / (1 + (1 - cosine)); the cosine is read back from it.
        return [.. found.Select(f => new VectorMatch(f.Document.ChunkId, Math.Clamp(2 - (1 / Math.Max(f.Score, 1e-9)), -1, 1)))];
    }

    public async Task<IReadOnlyDictionary<long, string>> FollowingTextAsync(IReadOnlyCollection<long> chunkIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chunkIds);
        var following = new Dictionary<long, string>();
        if (chunkIds.Count == 0)
        {
            return following;
        }

        string[] place = [ChunkFields.ChunkId, ChunkFields.DocumentId, ChunkFields.PartOrdinal, ChunkFields.ItemKey];
        var asked = (await RunAsync(null, Options(chunkIds.Count, ChunkFilter.Ids(chunkIds), place), chunkIds.Count, cancellationToken).ConfigureAwait(false))
            .Select(f => f.Document).OrderBy(d => d.ChunkId).ToList();
        if (asked.Count == 0)
        {
            return following;
        }

        var limit = asked.Count * FollowingChunks;
        var filter = string.Join(" or ", asked.Select(a => ChunkFilter.Following(a, FollowingChunks)));
        var next = (await RunAsync(null, Options(limit, filter, [.. place, ChunkFields.Text]), limit, cancellationToken).ConfigureAwait(false))
            .Select(f => f.Document).OrderBy(d => d.ChunkId).ToList();
        foreach (var a in asked)
        {
            var texts = next.Where(n => Follows(n, a)).Select(n => n.Text ?? string.Empty).ToList();
            if (texts.Count > 0)
            {
                following[a.ChunkId] = string.Join('\n', texts);
            }
        }

        return following;
    }

    public async Task<TermStatistics> TermStatisticsAsync(IReadOnlyCollection<string> terms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var counts = await _counts.GetAsync(cancellationToken).ConfigureAwait(false);
        var missing = terms.Distinct(StringComparer.Ordinal).Where(t => !counts.Frequencies.ContainsKey(t)).ToList();
        var counted = await Task.WhenAll(missing.Select(async t => (Term: t, Count: await CountAsync(SearchText.For([t], []), cancellationToken).ConfigureAwait(false))))
            .ConfigureAwait(false);
        if (counts.Frequencies.Count + counted.Length > MaxCachedTerms)
        {
            counts.Frequencies.Clear();
        }

        foreach (var (term, count) in counted)
        {
            counts.Frequencies[term] = count;
        }

        var result = terms.Distinct(StringComparer.Ordinal).ToDictionary(t => t, t => counts.Frequencies.GetValueOrDefault(t), StringComparer.Ordinal);
        return new TermStatistics(result, counts.ChunkCount);
    }

    private static bool Follows(ChunkDocument next, ChunkDocument asked) =>
        next.DocumentId == asked.DocumentId && next.PartOrdinal == asked.PartOrdinal && next.ItemKey == asked.ItemKey
        && next.ChunkId > asked.ChunkId && next.ChunkId <= asked.ChunkId + FollowingChunks;

    private static AzureSearchOptions Options(int size, string? filter, IEnumerable<string> fields)
    {
        var options = new AzureSearchOptions { Size = size, Filter = filter };
        foreach (var field in fields)
        {
            options.Select.Add(field);
        }

        return options;
    }

    private static VectorSearchOptions Nearest(float[] vector, int count) => new()
    {
        Queries = { new VectorizedQuery(vector) { KNearestNeighborsCount = count, Fields = { ChunkFields.Vector } } },
    };

    private async Task<List<(ChunkDocument Document, double Score)>> RunAsync(string? text, AzureSearchOptions options, int limit, CancellationToken cancellationToken)
    {
        await _initializer.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var response = await _clients.Search.SearchAsync<ChunkDocument>(text, options, cancellationToken).ConfigureAwait(false);
        var found = new List<(ChunkDocument, double)>(limit);
        await foreach (var result in response.Value.GetResultsAsync().ConfigureAwait(false))
        {
            found.Add((result.Document, result.Score ?? 0));
            if (found.Count == limit)
            {
                break;
            }
        }

        return found;
    }

    private async Task<int> CountAsync(string? text, CancellationToken cancellationToken)
    {
        if (text is null)
        {
            return 0;
        }

        await _initializer.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var options = new AzureSearchOptions { Size = 0, IncludeTotalCount = true, SearchMode = SearchMode.Any, QueryType = SearchQueryType.Simple };
        var response = await _clients.Search.SearchAsync<ChunkDocument>(text, options, cancellationToken).ConfigureAwait(false);
        return (int)(response.Value.TotalCount ?? 0);
    }

    private async Task<IndexTermCounts> CountChunksAsync(CancellationToken cancellationToken) =>
        new(await CountAsync("*", cancellationToken).ConfigureAwait(false), new(StringComparer.Ordinal));
}
