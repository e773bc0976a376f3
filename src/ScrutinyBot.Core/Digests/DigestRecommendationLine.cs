namespace ScrutinyBot.Core.Digests;

/// <summary>A recommendation to the executive whose response is overdue, partial or due soon, cited to its paper.</summary>
public sealed record DigestRecommendationLine(
    string? Committee,
    DateOnly MeetingDate,
    string? Topic,
    string? Number,
    string Text,
    DateOnly? Deadline,
    string? Response,
    string Source,
    int Page);
