using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Teams.App.Cards;

/// <summary>What is known about the meetings held on one date, for <see cref="MeetingCardBuilder"/>.</summary>
public sealed record MeetingCard(
    DateOnly Date,
    IReadOnlyList<Meeting> Meetings,
    IReadOnlyList<Attendance> Attendance,
    IReadOnlyList<AgendaItem> AgendaItems,
    IReadOnlyList<Resolution> Resolutions);
