using ScrutinyBot.Core.Extraction.Text;

namespace ScrutinyBot.Core.Extraction.Meetings;

/// <summary>
/// Reads the meeting a stand-alone report is written for, from its cover table:
/// "Meeting Title | Children and Young People's Scrutiny Committee", "Meeting Date | 24th January 2024",
/// "Report to: | Partnership Board", "Date: | 27.09.22".
/// </summary>
internal static class ReportCoverReader
{
    public static MeetingHeader? Read(IReadOnlyList<SourceLine> lines)
    {
        var (council, committee, _) = HeaderFields.Body(lines, 20);
        for (var i = 0; i < lines.Count && i < 20; i++)
        {
            var text = lines[i].Text.Trim();
            var value = HeaderFields.Label(text, "Meeting Date") ?? HeaderFields.Label(text, "Date") ?? HeaderFields.Label(text, "Date of meeting");
            var date = value is null ? null : UkDateParser.FindFirst(value);
            if (date is not null && committee is not null)
            {
                return new MeetingHeader(council, committee, date, null, null, null, null, i);
            }
        }

        return null;
    }
}
