using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction.Minutes;

namespace ScrutinyBot.Core.Extraction.Meetings;

/// <summary>Extracts who was present, absent, sent apologies, substituted or attended, from a set of minutes.</summary>
public sealed class AttendanceExtractor
{
    internal IReadOnlyList<Attendance> Extract(PartContext context)
    {
        if (context.Part.Kind != PartKind.Minutes || context.MeetingDate is not { } date)
        {
            return [];
        }

        var items = MinuteItemReader.Read(context.Lines);
        return AttendanceReader.Read(context.Lines, items)
            .Select(a => new Attendance(context.Source, context.Committee, date, a.Name, a.Status, a.Role, context.EvidenceAt(a.LineIndex)))
            .ToList();
    }
}
