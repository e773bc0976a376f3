using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Retrieval.Facts;

/// <summary>A loaded fact set with its documents looked up by source file name, and the meetings, resolutions and
/// recommendations with no committee of their own given their document's, built once per fact set.</summary>
/// <remarks>Two documents may share a file name (different folders); the latest ingestion time then stands for both.</remarks>
internal sealed class IndexedFacts
{
    private readonly Dictionary<string, StoredDocument> _bySource;

    public IndexedFacts(FactSet set)
    {
        Set = set;
        _bySource = set.Documents
            .GroupBy(d => d.Source, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.MaxBy(d => d.IngestedAt)!, StringComparer.OrdinalIgnoreCase);
        var facts = set.Facts;
        Meetings = facts.Meetings.Select(m => m.Committee is null ? m with { Committee = CommitteeOf(m.Source) } : m).ToList();
        Resolutions = facts.Resolutions.Select(r => r.Committee is null ? r with { Committee = CommitteeOf(r.Source) } : r).ToList();
        Recommendations = facts.Recommendations.Select(r => r.Committee is null ? r with { Committee = CommitteeOf(r.Source) } : r).ToList();
    }

    /// <summary>The fact set this index was built from.</summary>
    public FactSet Set { get; }

    public IReadOnlyList<Meeting> Meetings { get; }

    public IReadOnlyList<Resolution> Resolutions { get; }

    public IReadOnlyList<Recommendation> Recommendations { get; }

    public DateTimeOffset IngestedAt(string source) =>
        _bySource.TryGetValue(source, out var document) ? document.IngestedAt : DateTimeOffset.MinValue;

    public string? CommitteeOf(string source) =>
        _bySource.TryGetValue(source, out var document) ? document.Metadata.Committee : null;
}
