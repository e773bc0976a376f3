using System.Text.Json.Serialization;

namespace ScrutinyBot.Core.Digests;

/// <summary>What one digest says, as of a date.</summary>
public sealed record Digest(
    DateOnly AsOf,
    IReadOnlyList<DigestResolutionLine> NewResolutions,
    IReadOnlyList<DigestRecommendationLine> Overdue,
    IReadOnlyList<DigestRecommendationLine> AwaitingFullResponse,
    IReadOnlyList<DigestRecommendationLine> DueSoon)
{
    [JsonIgnore]
    public bool IsEmpty => NewResolutions.Count == 0 && Overdue.Count == 0 && AwaitingFullResponse.Count == 0 && DueSoon.Count == 0;
}
