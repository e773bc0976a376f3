namespace ScrutinyBot.Core.Extraction;

public sealed record AgendaItem(
    string Source,
    string? Committee,
    DateOnly MeetingDate,
    string Number,
    string Title,
    Evidence Evidence);
