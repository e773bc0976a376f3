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
    string Text)
{
    /// <summary>The document, as citations name it; set when read back from the store.</summary>
    public CitedPaper? Paper { get; init; }

    /// <summary>The part's title as citations show it ("Minutes, 13 November 2024"); set when read back from the store.</summary>
    public string? PartLabel { get; init; }

    /// <summary>The heading the passage sits under: its agenda item's, or else the title its paper gives itself
    /// ("Amendment - Liberal Democrats - LEVI capital funding"), without the meeting it went to.</summary>
    public string? Heading => ItemTitle is { Length: > 0 } item ? item : PaperName;

    /// <summary>The title the paper gives itself, without the meeting it went to ("Revenue and Capital Budget
    /// Monitoring Report – November 2024-25", not "… — Cabinet, 30 January 2025").</summary>
    public string? PaperName => Paper?.Title.Split(" \u2014 ")[0];
}
