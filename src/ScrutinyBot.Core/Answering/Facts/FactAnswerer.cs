using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Answering.Facts;

/// <summary>Tries the fact answers in turn: a resolution by reference or date, a meeting's agenda, its time/place/chair/attendance,
/// responses overdue/due/deadline, the work programme. Null when none applies (the text search answers instead).</summary>
/// <remarks>The store hands back the same fact set until its documents change; the stems of its entries are kept
/// for as long as that set is.</remarks>
public sealed class FactAnswerer(IFactStore store, ResponseFactAnswers responses) : IFactAnswerer
{
    private FactStems? _stems;

    public async Task<Answer?> TryAnswerAsync(QueryAnalysis analysis, DateOnly asOf, CancellationToken cancellationToken)
    {
        var facts = await store.LoadFactsAsync(cancellationToken).ConfigureAwait(false);
        var stems = StemsOf(facts);
        return ResolutionFactAnswers.TryAnswer(analysis, facts, stems)
            ?? AgendaFactAnswers.TryAnswer(analysis, facts, asOf)
            ?? MeetingFactAnswers.TryAnswer(analysis, facts, asOf)
            ?? await responses.TryAnswerAsync(analysis, facts, asOf, stems, cancellationToken).ConfigureAwait(false)
            ?? WorkProgrammeFactAnswers.TryAnswer(analysis, facts, stems);
    }

    private FactStems StemsOf(FactSet facts)
    {
        if (Volatile.Read(ref _stems) is { } stems && ReferenceEquals(stems.Facts, facts))
        {
            return stems;
        }

        var fresh = new FactStems(facts);
        Volatile.Write(ref _stems, fresh);
        return fresh;
    }
}
