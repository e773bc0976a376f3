namespace ScrutinyBot.Core.Retrieval;

/// <summary>Document frequencies of terms over the chunks of the index.</summary>
public sealed record TermStatistics(IReadOnlyDictionary<string, int> DocumentFrequencies, int ChunkCount)
{
    public static TermStatistics Unknown { get; } = new(new Dictionary<string, int>(), 0);

    /// <summary>Inverse document frequency (BM25 style, never below 0.1); 1 when nothing is known.</summary>
    public double Idf(string term)
    {
        if (ChunkCount == 0 || !DocumentFrequencies.TryGetValue(term, out var df))
        {
            return 1.0;
        }

        return Math.Max(0.1, Math.Log(1 + ((ChunkCount - df + 0.5) / (df + 0.5))));
    }

    /// <summary>True when a store of some size has never seen the term: it says how the question is put, not what the
    /// papers say, so no passage can be told from another by it.</summary>
    public bool IsUnseen(string term) =>
        ChunkCount >= MinChunksToJudgeUnseen && DocumentFrequencies.TryGetValue(term, out var df) && df == 0;

    private const int MinChunksToJudgeUnseen = 200;

    /// <summary>True when the term is in so many chunks that searching for it selects nothing.</summary>
    public bool IsCommon(string term, double share) =>
        ChunkCount > 20 && DocumentFrequencies.TryGetValue(term, out var df) && df > ChunkCount * share;
}
