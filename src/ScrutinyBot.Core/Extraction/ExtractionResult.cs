using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Extraction;

public sealed record ExtractionResult(DocumentMetadata Metadata, IReadOnlyList<DocumentPart> Parts, DocumentFacts Facts);
