using System.Collections.Concurrent;

namespace ScrutinyBot.Storage.Postgres.Search;

/// <summary>How many chunks the store holds, their average length in words, and, filled in as terms are asked about, how many match each term; one
/// instance per store generation.</summary>
internal sealed record PostgresTermCounts(int ChunkCount, double AverageTokens, ConcurrentDictionary<string, int> Frequencies);
