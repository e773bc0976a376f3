using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>Whether the passage an answer comes from names every place, body or person the question names
/// (<see cref="KeyEntities"/>, years aside: they are judged by the dates near the answer): "how much did Derby City
/// get?" is not answered by a figure in a passage about Nottinghamshire, although another passage names Derby. The
/// passage's headings, committee and council count as naming it, and so do passages found just before it in the same
/// paper, as a paper names what it speaks of and then goes on (an answer to a member's question names "Rory Love" and
/// "home education" and then counts the pupils); not a passage after it, nor the far end of the paper (an allocations
/// table naming every council).</summary>
public sealed class NamedInPassage
{
    /// <summary>How far before (in chunks, which are stored in reading order) another passage of the paper may be.</summary>
    private const int NearbyChunks = 2;

    private readonly IReadOnlyList<string> _names;
    private readonly Dictionary<long, bool> _byPassage = [];
    private readonly ILookup<string, ScoredPassage> _bySource;

    public NamedInPassage(QueryAnalysis analysis, IEnumerable<ScoredPassage> passages)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(passages);
        _names = KeyEntities.Of(analysis).Where(e => !char.IsDigit(e[0]) && !KeyEntities.IsQuarter(e)).ToList();
        _bySource = passages.DistinctBy(p => p.Hit.ChunkId).ToLookup(p => p.Hit.Chunk.Source, StringComparer.Ordinal);
    }

    public bool AllNamedBeside(AnswerUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (_names.Count == 0)
        {
            return true;
        }

        var hit = unit.Passage.Hit;
        if (!_byPassage.TryGetValue(hit.ChunkId, out var named))
        {
            var chunk = hit.Chunk;
            var samePaper = string.Join(' ', _bySource[chunk.Source].Where(p => p.Hit.ChunkId < hit.ChunkId && hit.ChunkId - p.Hit.ChunkId <= NearbyChunks).Select(p => p.Hit.Chunk.Text));
            var text = $"{chunk.Text} {chunk.ItemTitle} {chunk.PartTitle} {chunk.Committee} {chunk.Council} {chunk.Paper?.Title} {samePaper}";
            var stems = CoverageCalculator.IndexedStems(text);
            named = _names.All(n => KeyEntities.IsNamedIn(text, stems, n));
            _byPassage[hit.ChunkId] = named;
        }

        return named;
    }
}
