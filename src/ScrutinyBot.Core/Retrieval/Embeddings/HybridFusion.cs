using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Retrieval.Embeddings;

/// <summary>The vector leg of retrieval: embeds the question once, finds the nearest chunk vectors and fuses them with
/// the BM25 candidates by reciprocal-rank fusion. With no embedding model, or when the model fails (logged by the
/// embedder), the BM25 candidates come back unchanged.</summary>
public sealed class HybridFusion(ITextEmbedder embedder, ChunkVectorIndex vectors, IChunkVectorStore store)
{
    public bool IsEnabled => embedder.IsEnabled;

    /// <param name="keywordHits">The BM25 candidates (higher score is better).</param>
    /// <param name="limit">How many nearest chunks the vector leg adds.</param>
    /// <returns>The union of both legs, each hit scored by its fused rank, best first.</returns>
    public async Task<IReadOnlyList<SearchHit>> FuseAsync(
        string question, IReadOnlyList<SearchHit> keywordHits, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keywordHits);
        if (!embedder.IsEnabled || string.IsNullOrWhiteSpace(question))
        {
            return keywordHits;
        }

        var embedded = await embedder.EmbedAsync([question], cancellationToken).ConfigureAwait(false);
        if (embedded is not [var query])
        {
            return keywordHits;
        }

        var nearest = await vectors.NearestAsync(query, limit, cancellationToken).ConfigureAwait(false);
        if (nearest.Count == 0)
        {
            return keywordHits;
        }

        var chunks = new Dictionary<long, Chunk>();
        foreach (var hit in keywordHits)
        {
            chunks.TryAdd(hit.ChunkId, hit.Chunk);
        }

        var unread = nearest.Select(m => m.ChunkId).Where(id => !chunks.ContainsKey(id)).ToList();
        foreach (var stored in await store.ReadChunksAsync(unread, cancellationToken).ConfigureAwait(false))
        {
            chunks[stored.Id] = stored.Chunk;
        }

        var keywordRanking = keywordHits.OrderByDescending(h => h.Score).Select(h => h.ChunkId).ToList();
        var vectorRanking = nearest.Select(m => m.ChunkId).Where(chunks.ContainsKey).ToList();
        return ReciprocalRankFusion.Fuse([keywordRanking, vectorRanking])
            .Select(f => new SearchHit(f.Id, chunks[f.Id], f.Score))
            .ToList();
    }
}
