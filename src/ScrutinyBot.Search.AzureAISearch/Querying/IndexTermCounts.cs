using System.Collections.Concurrent;

namespace ScrutinyBot.Search.AzureAISearch.Querying;

/// <summary>The index's chunk count and the document frequencies asked so far, for one store generation.</summary>
internal sealed record IndexTermCounts(int ChunkCount, ConcurrentDictionary<string, int> Frequencies);
