namespace ScrutinyBot.Core.Extraction;

public sealed record AgendaItem(
    string Source,
    string? Committee,
    DateOnly MeetingDate,
    string Number,
    string Title,
    Evidence Evidence)
{
    /// <summary>The council site (a synced source's name) whose web service listed the item; null when it was read
    /// from the paper's text.</summary>
    public string? Site { get; init; }
}
