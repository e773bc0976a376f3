using System.Collections.Concurrent;

namespace ScrutinyBot.Core.Retrieval.Sqlite;

/// <summary>How many chunks the index holds and, filled in as terms are asked about, how many contain each term;
/// one instance per store generation.</summary>
internal sealed record FtsTermCounts(int ChunkCount, ConcurrentDictionary<string, int> Frequencies);
