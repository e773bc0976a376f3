using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Answering.Facts;

/// <summary>Answers a question about a meeting from its facts: its agenda, its time, place and chair, or both one after
/// the other when both are asked ("where and what time is Cabinet, and what's it meeting about?").</summary>
public static class MeetingAndAgendaAnswers
{
    public static Answer? TryAnswer(QueryAnalysis analysis, FactSet facts, DateOnly asOf, FactIndex index)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var agenda = AgendaFactAnswers.TryAnswer(analysis, facts, asOf, index);
        var meeting = agenda is null || analysis.Has(QuestionIntent.StartTime | QuestionIntent.EndTime | QuestionIntent.Place)
            ? MeetingFactAnswers.TryAnswer(analysis, facts, asOf, index)
            : null;
        return meeting is not null && agenda is not null ? JoinedAnswers.Join(meeting, agenda) : agenda ?? meeting;
    }
}
