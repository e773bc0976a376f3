namespace ScrutinyBot.Core.Extraction;

/// <param name="Reference">A council's own resolution reference such as "2024/001", when given.</param>
public sealed record Resolution(
    string Source,
    string? Committee,
    DateOnly MeetingDate,
    string? MinuteNumber,
    string? Reference,
    string? Item,
    string Text,
    Evidence Evidence);
