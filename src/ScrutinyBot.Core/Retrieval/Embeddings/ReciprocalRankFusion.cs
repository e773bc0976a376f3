namespace ScrutinyBot.Core.Retrieval.Embeddings;

/// <summary>Reciprocal-rank fusion: each item scores the sum over the rankings that hold it of 1 / (k + rank), rank
/// counted from 1. Only ranks matter, so BM25 scores and cosine similarities need no common scale.</summary>
public static class ReciprocalRankFusion
{
    /// <summary>The constant from Cormack, Clarke and Büttcher (2009): it damps the gap between the first few ranks.</summary>
    public const int DefaultK = 60;

    /// <returns>Every item in any ranking with its fused score, best first; ties keep the order of first appearance.</returns>
    public static IReadOnlyList<(long Id, double Score)> Fuse(IReadOnlyList<IReadOnlyList<long>> rankings, int k = DefaultK)
    {
        ArgumentNullException.ThrowIfNull(rankings);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        var scores = new Dictionary<long, double>();
        var order = new List<long>();
        foreach (var ranking in rankings)
        {
            var seen = new HashSet<long>();
            for (var i = 0; i < ranking.Count; i++)
            {
                var id = ranking[i];
                if (!seen.Add(id))
                {
                    continue;
                }

                if (!scores.TryGetValue(id, out var score))
                {
                    order.Add(id);
                }

                scores[id] = score + (1.0 / (k + i + 1));
            }
        }

        return order.Select(id => (id, scores[id])).OrderByDescending(x => x.Item2).ToList();
    }
}
