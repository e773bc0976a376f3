using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Answering.Facts;

/// <summary>Tries the fact answers in turn: a resolution by reference or date, a meeting's time/place/chair/attendance,
/// responses overdue/due/deadline, the work programme. Null when none applies (the text search answers instead).</summary>
public sealed class FactAnswerer(IFactStore store, ResponseFactAnswers responses) : IFactAnswerer
{
    public async Task<Answer?> TryAnswerAsync(QueryAnalysis analysis, DateOnly asOf, CancellationToken cancellationToken)
    {
        var facts = await store.LoadFactsAsync(cancellationToken).ConfigureAwait(false);
        return ResolutionFactAnswers.TryAnswer(analysis, facts)
            ?? MeetingFactAnswers.TryAnswer(analysis, facts, asOf)
            ?? await responses.TryAnswerAsync(analysis, facts, asOf, cancellationToken).ConfigureAwait(false)
            ?? WorkProgrammeFactAnswers.TryAnswer(analysis, facts);
    }
}
