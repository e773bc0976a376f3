using ScrutinyBot.Core.Diagnostics;
using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Retrieval.Embeddings;

/// <summary>The vector leg of retrieval: embeds the question once (remembering recent questions' vectors), finds the
/// nearest chunk vectors and fuses them with the BM25 candidates by reciprocal-rank fusion, keeping what either leg
/// found. With no embedding model, or when the model fails (logged by the embedder), the BM25 candidates come back
/// unchanged.</summary>
public sealed class HybridFusion(ITextEmbedder embedder, IChunkVectorSearch vectors, IChunkVectorStore store, QuestionVectorCache? cache = null)
{
    public bool IsEnabled => embedder.IsEnabled;

    /// <summary>The vector leg on its own: the question's nearest chunks, best first; empty with no embedding model or
    /// when it fails. It does not wait on the keyword leg, so the two can run side by side.</summary>
    /// <param name="limit">How many nearest chunks (a fixed number, whatever the store's size).</param>
    public async Task<IReadOnlyList<VectorMatch>> NearestAsync(string question, int limit, CancellationToken cancellationToken)
    {
        if (!embedder.IsEnabled || string.IsNullOrWhiteSpace(question))
        {
            return [];
        }

        float[]? query;
        using (AnswerStages.Start("vector.embed"))
        {
            query = await EmbedQuestionAsync(question, cancellationToken).ConfigureAwait(false);
        }

        using var stage = AnswerStages.Start("vector.nearest");
        return query is null ? [] : await vectors.NearestAsync(query, limit, cancellationToken).ConfigureAwait(false);
    }

    /// <param name="keywordHits">The BM25 candidates (higher score is better).</param>
    /// <param name="limit">How many nearest chunks the vector leg adds (a fixed number, whatever the store's size).</param>
    /// <returns>The union of both legs in reciprocal-rank-fusion order, each hit keeping its BM25 score (0 if only the
    /// vector leg found it) and carrying its vector similarity, vector rank and fused score.</returns>
    public async Task<IReadOnlyList<SearchHit>> FuseAsync(
        string question, IReadOnlyList<SearchHit> keywordHits, int limit, CancellationToken cancellationToken) =>
        await FuseAsync(keywordHits, await NearestAsync(question, limit, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    /// <summary>Fuses the keyword hits with the vector leg's <paramref name="nearest"/> chunks (see
    /// <see cref="NearestAsync"/>); with none, the keyword hits come back unchanged.</summary>
    public async Task<IReadOnlyList<SearchHit>> FuseAsync(
        IReadOnlyList<SearchHit> keywordHits, IReadOnlyList<VectorMatch> nearest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keywordHits);
        ArgumentNullException.ThrowIfNull(nearest);
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

    /// <summary>The question's vector (remembered from the vector leg when it ran), and the texts' vectors; null with
    /// no embedding model or when it fails.</summary>
    public async Task<(float[] Question, IReadOnlyList<float[]> Texts)?> EmbedWithQuestionAsync(string question, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        if (!embedder.IsEnabled || string.IsNullOrWhiteSpace(question) || texts.Count == 0)
        {
            return null;
        }

        var query = await EmbedQuestionAsync(question, cancellationToken).ConfigureAwait(false);
        var vectors = query is null ? null : await embedder.EmbedAsync(texts, cancellationToken).ConfigureAwait(false);
        return query is null || vectors is null || vectors.Count != texts.Count ? null : (query, vectors);
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
