using System.Collections.Concurrent;

namespace ScrutinyBot.Core.Retrieval.FullText;

/// <summary>How many chunks the index holds, their average length in tokens, and, filled in as terms are asked about,
/// how many chunks hold each term; one instance per store generation.</summary>
public sealed record TermCounts(int ChunkCount, double AverageTokens, ConcurrentDictionary<string, int> Frequencies);
