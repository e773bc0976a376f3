namespace ScrutinyBot.Core.Extraction;

/// <param name="MeetingDate">The meeting the item is planned for, when a full date is given.</param>
/// <param name="When">The date or month as the programme writes it ("15 July 2024", "March 2025", "TBC").</param>
public sealed record WorkProgrammeItem(
    string Source,
    string? Committee,
    DateOnly? MeetingDate,
    string? When,
    string Item,
    string? Lead,
    Evidence Evidence);
