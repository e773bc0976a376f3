using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Retrieval;

/// <summary>A search: free terms, exact phrases, and optional filters.</summary>
public sealed record SearchQuery(
    IReadOnlyList<string> Terms,
    IReadOnlyList<string> Phrases,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Committee = null,
    PartKind? Part = null,
    int Limit = 10);
