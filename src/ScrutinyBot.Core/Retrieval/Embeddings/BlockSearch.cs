namespace ScrutinyBot.Core.Retrieval.Embeddings;

/// <summary>The best matches over blocks of vectors: one block after another when there are few, in parallel (each
/// thread keeping its own best, merged at the end) when there are many.</summary>
internal static class BlockSearch
{
    private const int ParallelFrom = 4;

    public static TopMatches Best<TBlock>(IReadOnlyList<TBlock> blocks, int limit, Action<TBlock, TopMatches> search)
    {
        var best = new TopMatches(limit);
        if (blocks.Count < ParallelFrom)
        {
            foreach (var block in blocks)
            {
                search(block, best);
            }

            return best;
        }

        Parallel.ForEach(
            blocks,
            () => new TopMatches(limit),
            (block, _, local) => { search(block, local); return local; },
            local => { lock (best) { best.Merge(local); } });
        return best;
    }
}
