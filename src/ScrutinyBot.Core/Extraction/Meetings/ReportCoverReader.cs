using ScrutinyBot.Core.Extraction.Text;

namespace ScrutinyBot.Core.Extraction.Meetings;

/// <summary>
/// Reads the meeting a stand-alone report is written for, from its cover table:
/// "Meeting Title | Children and Young People's Scrutiny Committee", "Meeting Date | 24th January 2024",
/// "Report to: | Partnership Board", "Date: | 27.09.22", "To: Cabinet, 30 January 2025".
/// </summary>
internal static class ReportCoverReader
{
    public static MeetingHeader? Read(IReadOnlyList<SourceLine> lines)
    {
        var (council, committee, _) = HeaderFields.Body(lines, 20);
        for (var i = 0; i < lines.Count && i < 20; i++)
        {
            var text = lines[i].Text.Trim();
            // The date has a label of its own, or follows the meeting's name: "To: Cabinet, 30 January 2025".
            var value = HeaderFields.Label(text, "Meeting Date") ?? HeaderFields.Label(text, "Date") ?? HeaderFields.Label(text, "Date of meeting")
                ?? HeaderFields.MeetingLabels.Select(label => HeaderFields.Label(text, label)).FirstOrDefault(v => v is not null);
            var date = value is null ? null : UkDateParser.FindFirst(value);
            // "To: County Council – 13 March 2025" names only the council: its own meeting.
            if (date is not null && (committee ?? council) is { } body)
            {
                return new MeetingHeader(council, body, date, null, null, null, null, i);
            }
        }

        return null;
    }
}
