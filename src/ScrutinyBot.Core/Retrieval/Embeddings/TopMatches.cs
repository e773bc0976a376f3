namespace ScrutinyBot.Core.Retrieval.Embeddings;

/// <summary>The best <c>limit</c> (id, score) pairs offered so far: a min-heap whose root is the one to beat.</summary>
internal sealed class TopMatches(int limit)
{
    private readonly PriorityQueue<long, float> _heap = new(limit + 1);

    public void Offer(long id, float score)
    {
        if (_heap.Count < limit)
        {
            _heap.Enqueue(id, score);
        }
        else if (_heap.TryPeek(out _, out var worst) && score > worst)
        {
            _heap.DequeueEnqueue(id, score);
        }
    }

    public void Merge(TopMatches other)
    {
        foreach (var (id, score) in other._heap.UnorderedItems)
        {
            Offer(id, score);
        }
    }

    /// <param name="scale">Multiplies every score (the query's quantisation scale).</param>
    public IReadOnlyList<VectorMatch> BestFirst(float scale) =>
        _heap.UnorderedItems.OrderByDescending(x => x.Priority).Select(x => new VectorMatch(x.Element, x.Priority * scale)).ToList();
}
