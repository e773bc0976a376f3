using System.Collections.Concurrent;
using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Retrieval.Facts;

/// <summary>A loaded fact set with its documents looked up by source file name, and the meetings, resolutions and
/// recommendations with no committee of their own given their document's (a recommendation repeated in several papers
/// once: <see cref="RepeatedRecommendations"/>), built once per fact set, and each kind of
/// fact by the committee filter a question gives (worked out once per filter, comparing each committee name once).</summary>
/// <remarks>Two documents may share a file name (different folders); the latest ingestion time then stands for both.</remarks>
internal sealed class IndexedFacts
{
    private const int MaxCachedFilters = 256;

    private readonly Dictionary<string, StoredDocument> _bySource;
    private readonly ConcurrentDictionary<(Type Kind, string Committee), object> _byCommittee = new();

    public IndexedFacts(FactSet set)
    {
        Set = set;
        _bySource = set.Documents
            .GroupBy(d => d.Source, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.MaxBy(d => d.IngestedAt)!, StringComparer.OrdinalIgnoreCase);
        var facts = set.Facts;
        Meetings = facts.Meetings.Select(m => m.Committee is null ? m with { Committee = CommitteeOf(m.Source) } : m).ToList();
        Resolutions = facts.Resolutions.Select(r => r.Committee is null ? r with { Committee = CommitteeOf(r.Source) } : r).ToList();
        Recommendations = RepeatedRecommendations.Latest(
            [.. facts.Recommendations.Select(r => r.Committee is null ? r with { Committee = CommitteeOf(r.Source) } : r)], IngestedAt);
    }

    /// <summary>The fact set this index was built from.</summary>
    public FactSet Set { get; }

    public IReadOnlyList<Meeting> Meetings { get; }

    public IReadOnlyList<Resolution> Resolutions { get; }

    public IReadOnlyList<Recommendation> Recommendations { get; }

    /// <summary>The meetings the committee filter names (all when it is empty), worked out once per filter.</summary>
    public IReadOnlyList<Meeting> MeetingsOf(string? committee) => OfCommittee(Meetings, m => m.Committee, committee);

    /// <summary>The resolutions the committee filter names (all when it is empty), worked out once per filter.</summary>
    public IReadOnlyList<Resolution> ResolutionsOf(string? committee) => OfCommittee(Resolutions, r => r.Committee, committee);

    /// <summary>The recommendations the committee filter names (all when it is empty), worked out once per filter.</summary>
    public IReadOnlyList<Recommendation> RecommendationsOf(string? committee) => OfCommittee(Recommendations, r => r.Committee, committee);

    public DateTimeOffset IngestedAt(string source) =>
        _bySource.TryGetValue(source, out var document) ? document.IngestedAt : DateTimeOffset.MinValue;

    public string? CommitteeOf(string source) =>
        _bySource.TryGetValue(source, out var document) ? document.Metadata.Committee : null;

    private IReadOnlyList<T> OfCommittee<T>(IReadOnlyList<T> all, Func<T, string?> committeeOf, string? committee)
    {
        if (string.IsNullOrWhiteSpace(committee))
        {
            return all;
        }

        if (_byCommittee.Count > MaxCachedFilters)
        {
            _byCommittee.Clear();
        }

        return (IReadOnlyList<T>)_byCommittee.GetOrAdd((typeof(T), committee), _ =>
        {
            // The same few committee names recur across thousands of facts: compare each name once.
            var same = new Dictionary<string, bool>(StringComparer.Ordinal);
            return all.Where(f => committeeOf(f) is { } name && (same.TryGetValue(name, out var known) ? known : same[name] = CommitteeMatcher.Matches(name, committee))).ToList();
        });
    }
}
