namespace ScrutinyBot.Core.Answering;

/// <param name="Number">The [n] the answer text uses.</param>
/// <param name="SourceUrl">The paper's address on the council's site when a source (ModernGov) fetched it, with
/// <c>#page=N</c> for a PDF; null for a paper ingested from a file.</param>
/// <param name="Source">The file name ingested (kept for matching; readers see <see cref="Title"/>).</param>
/// <param name="Part">The section cited: the part's title and, where known, the agenda item.</param>
/// <param name="Page">The page; meaningful to a reader only when <see cref="Paged"/>.</param>
public sealed record Citation(
    int Number,
    string Source,
    string Part,
    int Page,
    DateOnly? MeetingDate,
    string? Committee,
    string Quote,
    string? SourceUrl = null)
{
    /// <summary>The document's human title ("Agenda pack — Cabinet, 30 January 2025"); null for documents stored
    /// before titles were given.</summary>
    public string? Title { get; init; }

    /// <summary>True when the document has real pages (a PDF); text papers cite their section instead.</summary>
    public bool Paged { get; init; } = true;

    /// <summary>The full path the document was read from.</summary>
    public string? SourcePath { get; init; }

    /// <summary>Where the published paper can be opened, at the cited page when it has pages.</summary>
    public string? Link { get; init; }

    /// <summary>True when <see cref="Quote"/> was cut short of the passage it comes from.</summary>
    public bool QuoteCut { get; init; }
}
