namespace ScrutinyBot.Core.Extraction;

/// <summary>Everything extracted from one document (or, from the store, from many).</summary>
public sealed record DocumentFacts(
    IReadOnlyList<Meeting> Meetings,
    IReadOnlyList<Attendance> Attendance,
    IReadOnlyList<AgendaItem> AgendaItems,
    IReadOnlyList<Resolution> Resolutions,
    IReadOnlyList<Recommendation> Recommendations,
    IReadOnlyList<WorkProgrammeItem> WorkProgramme)
{
    public static DocumentFacts Empty { get; } = new([], [], [], [], [], []);
}
