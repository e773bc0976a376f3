using System.Text.RegularExpressions;
using ScrutinyBot.Core.Extraction.Text;

namespace ScrutinyBot.Core.Extraction.WorkProgramme;

/// <summary>
/// A work programme laid out as a calendar (Leeds' work schedule): month names across the top ("June | July |
/// August"), each month's meeting ("Meeting Agenda for 18/06/25 at 10.30 am") and then its items below it in its
/// column, an item running down its column until a blank line. A row of months further down starts the next block.
/// </summary>
internal static partial class MonthGrid
{
    public static void Read(PartContext context, List<WorkProgrammeItem> items)
    {
        var lines = context.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (Months(lines[i]) is not { } months)
            {
                continue;
            }

            var when = months.Select(m => (string?)m).ToArray();
            var dates = new DateOnly?[months.Length];
            var open = new (List<string> Text, int Line)?[months.Length];
            void Close(int c)
            {
                if (open[c] is { } item && string.Join(' ', item.Text) is { } text && text.Count(char.IsLetter) >= 3)
                {
                    items.Add(new WorkProgrammeItem(context.Source, context.Committee, dates[c], when[c], text, null, context.EvidenceAt(item.Line)));
                }

                open[c] = null;
            }

            var k = i + 1;
            for (; k < lines.Count && Months(lines[k]) is null; k++)
            {
                if (lines[k].IsBlank)
                {
                    Enumerable.Range(0, months.Length).ToList().ForEach(Close);
                    continue;
                }

                var cells = lines[k].Text.Split('\t');
                if (cells.Length < 2 && (cells[0].Trim().Length > FirstColumnWidth || cells[0].TrimEnd().EndsWith('.')))
                {
                    // A line of prose across the page ends the calendar; a short one is the first column's alone.
                    break;
                }

                for (var c = 0; c < cells.Length && c < months.Length; c++)
                {
                    var cell = cells[c].Trim();
                    if (cell.Length == 0)
                    {
                        continue;
                    }

                    var dated = UkDateParser.FindAll(cell).FirstOrDefault();
                    if ((dated is not null && MeetingCell().IsMatch(cell)) || NoMeeting().IsMatch(cell))
                    {
                        // "Meeting Agenda for 18/06/25 at 10.30 am", "No Scrutiny Board meeting scheduled": the month's meeting, no item.
                        Close(c);
                        if (dated is not null)
                        {
                            (dates[c], when[c]) = (dated.Date, cell.Substring(dated.Index, dated.Length));
                        }

                        continue;
                    }

                    open[c] ??= ([], k);
                    open[c]!.Value.Text.Add(cell);
                }
            }

            Enumerable.Range(0, months.Length).ToList().ForEach(Close);
            i = k - 1;
        }
    }

    /// <summary>The longest text a calendar's first column holds on one line when the others are empty.</summary>
    private const int FirstColumnWidth = 60;

    /// <summary>The months a row names, one per cell ("June", "July", "August"); null for any other row.</summary>
    private static string[]? Months(SourceLine line)
    {
        var cells = line.Text.Split('\t').Select(c => c.Trim()).ToArray();
        return cells.Length >= 2 && cells.All(UkDateParser.IsMonthAlone) ? cells : null;
    }

    [GeneratedRegex(@"\b(?:meeting|agenda)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingCell();

    [GeneratedRegex(@"^No\b.*\bmeeting\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoMeeting();
}
