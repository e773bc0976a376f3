namespace ScrutinyBot.Core.Digests;

/// <summary>A newly resolved item, cited to its paper (source file and page).</summary>
public sealed record DigestResolutionLine(
    string? Committee,
    DateOnly MeetingDate,
    string? Reference,
    string? Item,
    string Text,
    string Source,
    int Page)
{
    /// <summary>The paper's human title, when the store gave one.</summary>
    public string? Title { get; init; }

    /// <summary>The section of the paper ("Minutes, 13 November 2024", "Recommendation tracker").</summary>
    public string? Part { get; init; }

    /// <summary>True when <c>Page</c> means something to a reader (a PDF).</summary>
    public bool Paged { get; init; } = true;

    /// <summary>The published paper's address at this page, when known (see Evidence.Link).</summary>
    public string? Link { get; init; }
}
