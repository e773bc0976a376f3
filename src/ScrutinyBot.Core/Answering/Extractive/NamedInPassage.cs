using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>Whether the passage an answer comes from names every place, body or person the question names
/// (<see cref="KeyEntities"/>, years aside: they are judged by the dates near the answer): "how much did Derby City
/// get?" is not answered by a figure in a passage about Nottinghamshire, although another passage names Derby. The
/// passage's headings, committee and council count as naming it.</summary>
public sealed class NamedInPassage
{
    private readonly IReadOnlyList<string> _names;
    private readonly Dictionary<long, bool> _byPassage = [];

    public NamedInPassage(QueryAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        _names = KeyEntities.Of(analysis).Where(e => !char.IsDigit(e[0]) && !KeyEntities.IsQuarter(e)).ToList();
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
            var text = $"{chunk.Text} {chunk.ItemTitle} {chunk.PartTitle} {chunk.Committee} {chunk.Council} {chunk.Paper?.Title}";
            var stems = CoverageCalculator.IndexedStems(text);
            named = _names.All(n => KeyEntities.IsNamedIn(text, stems, n));
            _byPassage[hit.ChunkId] = named;
        }

        return named;
    }
}
