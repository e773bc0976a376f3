namespace ScrutinyBot.Core.Extraction;

/// <summary>A scrutiny recommendation (or action) to the executive, from a recommendation tracker or minutes.</summary>
/// <param name="Type">The tracker's marking: "R" recommendation, "A" action, or null.</param>
/// <param name="Deadline">The deadline for response; where the tracker gives none, the statutory period after <paramref name="Issued"/>.</param>
public sealed record Recommendation(
    string Source,
    string? Committee,
    DateOnly MeetingDate,
    string? Topic,
    string? Number,
    string Text,
    string? Type,
    DateOnly? Issued,
    DateOnly? Deadline,
    ResponseStatus ResponseStatus,
    string? Response,
    Evidence Evidence);
