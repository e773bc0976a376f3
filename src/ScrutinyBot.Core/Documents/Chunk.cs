namespace ScrutinyBot.Core.Documents;

/// <summary>A retrievable passage. A chunk never spans two parts.</summary>
public sealed record Chunk(
    string Source,
    int PartOrdinal,
    PartKind PartKind,
    string PartTitle,
    string? ItemTitle,
    int Page,
    DateOnly? MeetingDate,
    string? Committee,
    string? Council,
    string Text);
