using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Extraction;

/// <summary>Where a fact was read: the source file, the part, the page and the exact text span.</summary>
/// <param name="Part">The part's title as citations show it ("Minutes, 13 November 2024").</param>
public sealed record Evidence(string Source, string Part, int Page, string Quote)
{
    /// <summary>The document, as citations name it; set when read back from the store.</summary>
    public CitedPaper? Paper { get; init; }

    /// <summary>The published paper's address at this page, when known: the council's site for a synced paper
    /// (<c>#page=N</c> for a PDF), else the Citations:Folders mapping. Set when facts are read for cards and digests.</summary>
    public string? Link { get; init; }

    /// <summary>Two pieces of evidence are the same when they point at the same text; how the document is named is not part of that.</summary>
    public bool Equals(Evidence? other) =>
        other is not null && Source == other.Source && Part == other.Part && Page == other.Page && Quote == other.Quote;

    public override int GetHashCode() => HashCode.Combine(Source, Part, Page, Quote);
}
