using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Extraction;

/// <summary>Splits a document into parts and extracts its facts. Pure: no I/O.</summary>
public interface IDocumentExtractor
{
    ExtractionResult Extract(string source, IReadOnlyList<PageText> pages);
}
