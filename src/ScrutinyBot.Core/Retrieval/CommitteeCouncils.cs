using ScrutinyBot.Core.Extraction.Text;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Retrieval;

/// <summary>A paper that never writes its council's name in full (a report cover of fields: "Meeting Title: Children
/// and Young People's Scrutiny Committee", then "Nottingham City Children's Services") is its committee's council's,
/// when the other papers found of that committee all name the same one.</summary>
public static class CommitteeCouncils
{
    public static List<SearchHit> Filled(IReadOnlyCollection<SearchHit> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        var known = hits
            .Where(h => h.Chunk.Committee is { Length: > 0 } && NamesAPlace(h.Chunk.Council))
            .GroupBy(h => CommitteeRecognizer.Normalize(h.Chunk.Committee!), StringComparer.Ordinal)
            .Select(g => (Committee: g.Key, Councils: g.Select(h => h.Chunk.Council!).Distinct(StringComparer.OrdinalIgnoreCase).ToList()))
            .Where(c => c.Councils.Count == 1)
            .ToDictionary(c => c.Committee, c => c.Councils[0], StringComparer.Ordinal);
        return hits.Select(h => string.IsNullOrWhiteSpace(h.Chunk.Council) && h.Chunk.Committee is { Length: > 0 } committee
                && known.TryGetValue(CommitteeRecognizer.Normalize(committee), out var council)
            ? h with { Chunk = h.Chunk with { Council = council } }
            : h).ToList();
    }

    /// <summary>"Nottingham City Council", not the bare "County Council" some papers give: the generic names extraction
    /// reads (<see cref="NamedCouncils.IsGeneric"/>), and no council at all.</summary>
    public static bool NamesAPlace([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? council) =>
        !string.IsNullOrWhiteSpace(council) && !NamedCouncils.IsGeneric(council);
}
