namespace ScrutinyBot.Core.Documents;

/// <summary>The document a passage or fact was read from, as citations name it.</summary>
/// <param name="Title">The human title given at ingest ("Agenda pack — Cabinet, 30 January 2025").</param>
/// <param name="Format">The format read ("pdf", "text", "html", "docx"); only PDFs have pages worth citing.</param>
/// <param name="SourcePath">The full path the document was read from (for links to the published copy).</param>
public sealed record CitedPaper(string Title, string Format, string SourcePath)
{
    /// <summary>True when the page number means something to a reader (a PDF's page, not a text file's "page 1").</summary>
    public bool Paged => string.Equals(Format, "pdf", StringComparison.OrdinalIgnoreCase);
}
