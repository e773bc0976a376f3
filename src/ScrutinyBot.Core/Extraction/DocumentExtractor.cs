using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Extraction;

/// <summary>Splits a document into parts and runs the fact extractors over each part.</summary>
public sealed class DocumentExtractor : IDocumentExtractor
{
    // Replaced by the pack splitter and the extractors; until then the whole document is one part with no facts.
    public ExtractionResult Extract(string source, IReadOnlyList<PageText> pages)
    {
        var text = string.Join("\n\f", pages.Select(p => p.Text));
        var part = new DocumentPart(0, PartKind.Other, source, pages.Count > 0 ? pages[0].Number : 1, pages.Count > 0 ? pages[^1].Number : 1, null, text);
        return new ExtractionResult(new DocumentMetadata(null, null, null, source), [part], DocumentFacts.Empty);
    }
}
