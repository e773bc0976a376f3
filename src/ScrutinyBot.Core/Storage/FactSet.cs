using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Storage;

/// <summary>All facts in the store, with the documents they came from (for ingestion times and metadata).</summary>
public sealed record FactSet(DocumentFacts Facts, IReadOnlyList<StoredDocument> Documents)
{
    public static FactSet Empty { get; } = new(DocumentFacts.Empty, []);
}
