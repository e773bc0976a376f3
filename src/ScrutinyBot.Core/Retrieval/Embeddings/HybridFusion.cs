using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Retrieval.Embeddings;

/// <summary>The vector leg of retrieval: embeds the question once (remembering recent questions' vectors), finds the
/// nearest chunk vectors and fuses them with the BM25 candidates by reciprocal-rank fusion, keeping what either leg
/// found. With no embedding model, or when the model fails (logged by the embedder), the BM25 candidates come back
/// unchanged.</summary>
public sealed class HybridFusion(ITextEmbedder embedder, ChunkVectorIndex vectors, IChunkVectorStore store, QuestionVectorCache? cache = null)
{
    public bool IsEnabled => embedder.IsEnabled;

    /// <param name="keywordHits">The BM25 candidates (higher score is better).</param>
    /// <param name="limit">How many nearest chunks the vector leg adds (a fixed number, whatever the store's size).</param>
    /// <returns>The union of both legs in reciprocal-rank-fusion order, each hit keeping its BM25 score (0 if only the
    /// vector leg found it) and carrying its vector similarity, vector rank and fused score.</returns>
    public async Task<IReadOnlyList<SearchHit>> FuseAsync(
        string question, IReadOnlyList<SearchHit> keywordHits, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keywordHits);
        if (!embedder.IsEnabled || string.IsNullOrWhiteSpace(question))
        {
            return keywordHits;
        }

        if (await EmbedQuestionAsync(question, cancellationToken).ConfigureAwait(false) is not { } query)
        {
            return keywordHits;
        }

        var nearest = await vectors.NearestAsync(query, limit, cancellationToken).ConfigureAwait(false);
        if (nearest.Count == 0)
        {
            return keywordHits;
        }

        var chunks = new Dictionary<long, Chunk>();
        var keywordScores = new Dictionary<long, double>();
        foreach (var hit in keywordHits)
        {
            chunks.TryAdd(hit.ChunkId, hit.Chunk);
            keywordScores.TryAdd(hit.ChunkId, hit.Score);
        }

        var unread = nearest.Select(m => m.ChunkId).Where(id => !chunks.ContainsKey(id)).ToList();
        foreach (var stored in await store.ReadChunksAsync(unread, cancellationToken).ConfigureAwait(false))
        {
            chunks[stored.Id] = stored.Chunk;
        }

        var keywordRanking = keywordHits.OrderByDescending(h => h.Score).Select(h => h.ChunkId).ToList();
        var vectorRanking = nearest.Select(m => m.ChunkId).Where(chunks.ContainsKey).ToList();
        var vectorRanks = vectorRanking.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i + 1);
        var similarities = nearest.ToDictionary(m => m.ChunkId, m => m.Similarity);
        return ReciprocalRankFusion.Fuse([keywordRanking, vectorRanking])
            .Select(f => new SearchHit(f.Id, chunks[f.Id], keywordScores.GetValueOrDefault(f.Id))
            {
                FromKeywords = keywordScores.ContainsKey(f.Id),
                VectorRank = vectorRanks.TryGetValue(f.Id, out var rank) ? rank : null,
                VectorSimilarity = similarities.TryGetValue(f.Id, out var similarity) ? similarity : null,
                FusedScore = f.Score,
            })
            .ToList();
    }

    private async Task<float[]?> EmbedQuestionAsync(string question, CancellationToken cancellationToken)
    {
        if (cache is not null && cache.TryGet(question, out var cached))
        {
            return cached;
        }

        var embedded = await embedder.EmbedAsync([question], cancellationToken).ConfigureAwait(false);
        if (embedded is not [var vector])
        {
            return null;
        }

        cache?.Add(question, vector);
        return vector;
    }
}
