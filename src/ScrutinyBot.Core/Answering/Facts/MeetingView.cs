using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Answering.Facts;

/// <summary>One meeting as all the papers together describe it (a front sheet gives the planned time and place,
/// the minutes the actual times and the chair).</summary>
public sealed record MeetingView(
    string? Committee,
    DateOnly Date,
    TimeOnly? Start,
    TimeOnly? End,
    string? Place,
    string? Chair,
    IReadOnlyList<Meeting> Sources)
{
    public static IReadOnlyList<MeetingView> Merge(IEnumerable<Meeting> meetings) => meetings
        .GroupBy(m => (m.Date, Committee: Retrieval.QueryUnderstanding.CommitteeRecognizer.Normalize(m.Committee ?? string.Empty)))
        .Select(g =>
        {
            // Minutes (which carry an end time or a chair) describe what happened; prefer them over a front sheet,
            // whose membership list names only who is to chair.
            var ordered = g.OrderByDescending(m => (m.End is not null ? 2 : 0) + (m.Chair is not null && !m.IsFromAgenda ? 1 : 0)).ToList();
            return new MeetingView(
                ordered.Select(m => m.Committee).FirstOrDefault(c => c is not null),
                g.Key.Date,
                ordered.Select(m => m.Start).FirstOrDefault(t => t is not null),
                ordered.Select(m => m.End).FirstOrDefault(t => t is not null),
                ordered.Select(m => m.Place).FirstOrDefault(p => !string.IsNullOrWhiteSpace(p)),
                ordered.Select(m => m.Chair).FirstOrDefault(c => !string.IsNullOrWhiteSpace(c)),
                ordered);
        })
        .ToList();

    public Meeting SourceFor(Func<Meeting, bool> has) => Sources.FirstOrDefault(has) ?? Sources[0];
}
