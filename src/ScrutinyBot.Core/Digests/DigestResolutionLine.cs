namespace ScrutinyBot.Core.Digests;

/// <summary>A newly resolved item, cited to its paper (source file and page).</summary>
public sealed record DigestResolutionLine(
    string? Committee,
    DateOnly MeetingDate,
    string? Reference,
    string? Item,
    string Text,
    string Source,
    int Page);
