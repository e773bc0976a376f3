using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Retrieval;

/// <summary>A search: free terms and exact phrases (any of them may match; more matches rank higher), and
/// optional filters on the meeting date range, the committee (case-insensitive, contained in the chunk's) and the part.</summary>
public sealed record SearchQuery(
    IReadOnlyList<string> Terms,
    IReadOnlyList<string> Phrases,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Committee = null,
    PartKind? Part = null,
    int Limit = 10);
