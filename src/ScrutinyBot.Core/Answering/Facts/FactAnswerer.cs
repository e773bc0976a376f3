using ScrutinyBot.Core.Diagnostics;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Answering.Facts;

/// <summary>Tries the fact answers in turn: a resolution by reference or date, a meeting's agenda, its time/place/chair/attendance,
/// responses overdue/due/deadline, the work programme. Null when none applies (the text search answers instead).</summary>
/// <remarks>The store hands back the same fact set until its documents change; its lookups (<see cref="FactIndex"/>:
/// by committee, date, reference, and the stems of its entries) are kept for as long as that set is.</remarks>
public sealed class FactAnswerer(IFactStore store, ResponseFactAnswers responses) : IFactAnswerer
{
    private FactIndex? _index;

    public async Task<Answer?> TryAnswerAsync(QueryAnalysis analysis, DateOnly asOf, CancellationToken cancellationToken)
    {
        FactSet facts;
        FactIndex index;
        using (AnswerStages.Start("facts.load"))
        {
            facts = await store.LoadFactsAsync(cancellationToken).ConfigureAwait(false);
            index = IndexOf(facts);
        }

        using (AnswerStages.Start("facts.resolutions"))
        {
            if ((ResolutionFactAnswers.TryAnswer(analysis, facts, index) ?? MinutesNotInPapers.TryAnswer(analysis, index)) is { } resolved)
            {
                return resolved;
            }
        }

        using (AnswerStages.Start("facts.meetings"))
        {
            if (MeetingAndAgendaAnswers.TryAnswer(analysis, facts, asOf, index) is { } found)
            {
                return found;
            }
        }

        using (AnswerStages.Start("facts.responses"))
        {
            if (await responses.TryAnswerAsync(analysis, facts, asOf, index.Stems, cancellationToken).ConfigureAwait(false) is { } response)
            {
                return response;
            }
        }

        using var programme = AnswerStages.Start("facts.programme");
        return WorkProgrammeFactAnswers.TryAnswer(analysis, facts, index);
    }

    private FactIndex IndexOf(FactSet facts)
    {
        if (Volatile.Read(ref _index) is { } index && ReferenceEquals(index.Facts, facts))
        {
            return index;
        }

        var fresh = new FactIndex(facts);
        Volatile.Write(ref _index, fresh);
        return fresh;
    }
}
