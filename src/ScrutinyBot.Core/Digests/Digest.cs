using System.Text.Json.Serialization;

namespace ScrutinyBot.Core.Digests;

/// <summary>What one digest says, as of a date.</summary>
/// <param name="PreviousMayHaveBeenPosted">The subscription's previous digest ended without Teams confirming it (it
/// may or may not have been posted); this one repeats its items and says so.</param>
public sealed record Digest(
    DateOnly AsOf,
    IReadOnlyList<DigestResolutionLine> NewResolutions,
    IReadOnlyList<DigestRecommendationLine> Overdue,
    IReadOnlyList<DigestRecommendationLine> AwaitingFullResponse,
    IReadOnlyList<DigestRecommendationLine> DueSoon,
    bool PreviousMayHaveBeenPosted = false)
{
    /// <summary>The line a digest carries when its predecessor's fate is unknown.</summary>
    public const string PreviousMayHaveBeenPostedNote =
        "The previous digest may already have been posted (Teams did not confirm it); anything new in it is repeated here.";

    [JsonIgnore]
    public bool IsEmpty => NewResolutions.Count == 0 && Overdue.Count == 0 && AwaitingFullResponse.Count == 0 && DueSoon.Count == 0;
}
