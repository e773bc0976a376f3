using System.ComponentModel.DataAnnotations;

namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>How much a Word or HTML file may expand to when read (section "Ingestion:Limits"). Ingestion:MaxFileBytes
/// caps the file on disk; these cap what it turns into, so a small zip bomb or a page of millions of empty tags is
/// refused with a clear message before it is expanded, in bounded memory.</summary>
public sealed class ReaderLimitsOptions
{
    public const string SectionName = "Ingestion:Limits";

    /// <summary>Largest uncompressed size, bytes, of a Word document's text part (word/document.xml) or of an HTML
    /// page. Default 64 MB (a 500-page agenda pack is about a tenth of that).</summary>
    [Range(1024, 2L * 1024 * 1024 * 1024)]
    public long MaxExpandedBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Most entries (parts, images) a .docx may hold. Default 5,000 (Word writes a few dozen plus images).</summary>
    [Range(1, 1_000_000)]
    public int MaxArchiveEntries { get; set; } = 5_000;

    /// <summary>Most tags an HTML page may hold. Default 500,000 (long ModernGov minutes have tens of thousands).</summary>
    [Range(1, 50_000_000)]
    public int MaxHtmlElements { get; set; } = 500_000;
}
