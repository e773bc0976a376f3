namespace ScrutinyBot.Core.Answering;

/// <param name="Number">The [n] the answer text uses.</param>
public sealed record Citation(
    int Number,
    string Source,
    string Part,
    int Page,
    DateOnly? MeetingDate,
    string? Committee,
    string Quote);
