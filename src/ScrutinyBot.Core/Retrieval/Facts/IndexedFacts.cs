using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Retrieval.Facts;

/// <summary>A loaded fact set with its documents looked up by source file name.</summary>
/// <remarks>Two documents may share a file name (different folders); the latest ingestion time then stands for both.</remarks>
internal sealed class IndexedFacts
{
    private readonly Dictionary<string, StoredDocument> _bySource;

    public IndexedFacts(FactSet set)
    {
        Facts = set.Facts;
        _bySource = set.Documents
            .GroupBy(d => d.Source, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.MaxBy(d => d.IngestedAt)!, StringComparer.OrdinalIgnoreCase);
    }

    public DocumentFacts Facts { get; }

    public DateTimeOffset IngestedAt(string source) =>
        _bySource.TryGetValue(source, out var document) ? document.IngestedAt : DateTimeOffset.MinValue;

    public string? CommitteeOf(string source) =>
        _bySource.TryGetValue(source, out var document) ? document.Metadata.Committee : null;
}
