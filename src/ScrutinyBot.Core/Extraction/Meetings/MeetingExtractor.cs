using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction.Minutes;
using ScrutinyBot.Core.Extraction.Splitting;

namespace ScrutinyBot.Core.Extraction.Meetings;

/// <summary>
/// Extracts the meetings of a document: the meeting its front sheet summons, each meeting whose minutes it holds,
/// and, for a stand-alone report with neither, the meeting its cover names.
/// </summary>
public sealed class MeetingExtractor
{
    internal IReadOnlyList<(PackPart Part, Meeting Meeting)> Extract(string source, IReadOnlyList<PackPart> parts)
    {
        var found = new List<(PackPart, Meeting)>();
        Meeting? front = null;
        foreach (var part in parts)
        {
            var header = part.Kind switch
            {
                PartKind.FrontSheet => FrontSheetReader.Read(part.Lines),
                PartKind.Minutes => ReadMinutes(part),
                _ => null,
            };
            if (header?.Date is not { } date)
            {
                continue;
            }

            var meeting = new Meeting(
                source,
                header.Council ?? front?.Council,
                // Minutes that name no committee are of the council itself (a parish or full council meeting).
                header.Committee ?? front?.Committee ?? header.Council ?? front?.Council,
                date,
                header.Start,
                header.End,
                header.Place,
                header.Chair,
                Evidence(source, part, header.LineIndex))
            {
                ChairEvidence = header.Chair is not null && header.ChairLineIndex is { } chairLine ? Evidence(source, part, chairLine) : null,
                EndEvidence = header.End is not null && header.EndLineIndex is { } endLine ? Evidence(source, part, endLine) : null,
            };
            front ??= part.Kind == PartKind.FrontSheet ? meeting : null;
            found.Add((part, meeting));
        }

        if (found.Count == 0)
        {
            foreach (var part in parts.Where(p => p.Kind is PartKind.Report or PartKind.FrontSheet))
            {
                if (ReportCoverReader.Read(part.Lines) is { Date: { } date } cover)
                {
                    found.Add((part, new Meeting(source, cover.Council, cover.Committee, date, null, null, null, null, Evidence(source, part, cover.LineIndex)) { FromReportCover = true }));
                    break;
                }
            }
        }

        return found;
    }

    private static MeetingHeader? ReadMinutes(PackPart part)
    {
        var items = MinuteItemReader.Read(part.Lines);
        var headerEnd = items.Count > 0 ? items[0].HeadingIndex : Math.Min(part.Lines.Count, 40);
        var header = MinutesHeaderReader.Read(part.Lines, headerEnd);
        if (header is null)
        {
            return null;
        }

        var attendance = AttendanceReader.Read(part.Lines, items);
        var chair = ChairReader.Find(part.Lines, headerEnd, attendance);
        return header with { Chair = chair?.Name, ChairLineIndex = chair?.LineIndex };
    }

    private static Evidence Evidence(string source, PackPart part, int lineIndex)
    {
        var line = part.Lines[Math.Clamp(lineIndex, 0, part.Lines.Count - 1)];
        return new Evidence(source, part.Title, line.Page, line.Plain);
    }
}
