using System.Text.RegularExpressions;
using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction.Text;

namespace ScrutinyBot.Core.Extraction.WorkProgramme;

/// <summary>
/// Extracts work-programme and forward-plan items: from tables ("Meeting Date | Agenda Item | Cabinet Member |
/// Purpose", "Date | Items"), carrying a date down to the rows below it, from calendars with the months across the
/// top (<see cref="MonthGrid"/>), and from lists under month or date headings ("December 2022" then "- Careers Hub
/// (Lana Jay)").
/// </summary>
public sealed partial class WorkProgrammeExtractor
{
    internal IReadOnlyList<WorkProgrammeItem> Extract(PartContext context)
    {
        if (context.Part.Kind != PartKind.WorkProgramme)
        {
            return [];
        }

        var items = new List<WorkProgrammeItem>();
        var firstHeader = ReadTables(context, items);
        if (items.Count == 0)
        {
            MonthGrid.Read(context, items);
        }

        if (items.Count == 0)
        {
            ReadHeadedLists(context, context.Lines.Count, items);
        }
        else if (firstHeader > 0)
        {
            var listed = new List<WorkProgrammeItem>();
            ReadHeadedLists(context, firstHeader, listed);
            ProgrammeSummaryList.MergeInto(items, listed, aProgramme: context.Lines.Take(firstHeader).Count(l => DateBesideItem(l) is not null) >= 2);
        }

        return items;
    }

    /// <summary>Reads the programme's tables into items; returns the line of the first table's header (-1 when none).</summary>
    private static int ReadTables(PartContext context, List<WorkProgrammeItem> items)
    {
        var lines = context.Lines;
        var firstHeader = -1;
        ProgrammeColumns? columns = null;
        var consumed = -1;
        string? when = null;
        DateOnly? date = null;
        var numbered = false;
        var separated = false;
        var lastItemLine = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var cells = lines[i].Text.Split('\t').Select(c => c.Trim()).ToArray();
            var header = Header(cells) ?? (columns is null ? ItemFirstHeader(cells) : null);
            // A row whose cell under the table's date column holds a date is the table's, whatever its other cells
            // say ("Adult Care Market | Topic group | Sept 2025").
            if (header is not null && columns is { Date: >= 0 } && HoldsADate(Cell(cells, columns.Date)))
            {
                header = null;
            }

            if (header is not null)
            {
                firstHeader = firstHeader < 0 ? i : firstHeader;
                columns = header;
                numbered = false;
                separated = RowsSeparatedByBlankLines(lines, i);
                if (header.Date < 0)
                {
                    when = SectionHeading(lines, i);
                    date = null;
                }

                continue;
            }

            if (columns is null)
            {
                continue;
            }

            if (cells.Length == 1)
            {
                // "Thursday, 23 January 2025 at City Hall, Bradford." across a table with no date column: the meeting
                // the rows below it go to.
                if (columns.Date < 0 && UkDateParser.FindLeading(cells[0]) is { } meeting)
                {
                    (date, when) = (meeting.Date, cells[0].Substring(meeting.Index, meeting.Length));
                }

                continue;
            }

            var dateCell = i == consumed ? string.Empty : Cell(cells, columns.Date);
            if (dateCell.Length > 0)
            {
                if (DayOnly().IsMatch(dateCell) && i + 1 < lines.Count)
                {
                    dateCell = $"{dateCell} {lines[i + 1].Text.Split('\t')[0].Trim()}";
                    consumed = i + 1;
                }

                if (ToBeConfirmed().IsMatch(dateCell))
                {
                    (date, when) = (null, dateCell);
                }

                var full = UkDateParser.FindAll(dateCell).FirstOrDefault();
                var month = full is null ? UkDateParser.FindMonth(dateCell) : null;
                if (full is not null || month is not null)
                {
                    date = full?.Date;
                    when = full is not null ? dateCell.Substring(full.Index, full.Length) : dateCell.Substring(month!.Index, month.Length);
                }
            }

            var item = Cell(cells, columns.Item);
            if (PrintedPageNumber.Is(item))
            {
                continue;
            }

            // Where blank lines part the rows, a line straight under an item's line carries on its cells ("Council
            // Plan Performance" / "Report").
            if (separated && dateCell.Length == 0 && lastItemLine == i - 1 && items.Count > 0)
            {
                lastItemLine = i;
                if (item.Length > 0)
                {
                    items[^1] = items[^1] with { Item = Shorten($"{items[^1].Item} {item}") };
                }

                continue;
            }

            // Under a column that numbers each row ("Report Ref"), a line with no number and no date carries on the
            // title above it ("Urgent and Emergency Care Winter" / "Update").
            if (columns.Reference >= 0 && Cell(cells, columns.Reference).Length == 0 && dateCell.Length == 0 && items.Count > 0 && lastItemLine == i - 1)
            {
                lastItemLine = i;
                if (item.Length > 0)
                {
                    items[^1] = items[^1] with { Item = Shorten($"{items[^1].Item} {item}") };
                }

                continue;
            }

            // "1 Home Care Commissioning and Market": the row's number before its title. A row without one under
            // numbered rows carries on the title above it ("Sufficiency").
            if (RowNumber().Match(item) is { Success: true } number)
            {
                item = item[number.Length..];
                numbered = true;
            }
            else if (numbered && dateCell.Length == 0 && items.Count > 0 && items[^1].Evidence.Page == lines[i].Page)
            {
                continue;
            }

            if (item.Count(char.IsLetter) < 3)
            {
                continue;
            }

            if (Purpose().IsMatch(item) && items.Count > 0 && items[^1].Evidence.Page == lines[i].Page && items[^1].When == when)
            {
                items[^1] = items[^1] with { Item = $"{items[^1].Item} – {item}" };
                continue;
            }

            var lead = columns.Lead >= 0 ? Cell(cells, columns.Lead) : null;
            lastItemLine = i;
            items.Add(new WorkProgrammeItem(context.Source, context.Committee, date, when, Shorten(item), string.IsNullOrWhiteSpace(lead) ? null : lead, context.EvidenceAt(i)));
        }

        return firstHeader;
    }

    private static void ReadHeadedLists(PartContext context, int end, List<WorkProgrammeItem> items)
    {
        var lines = context.Lines;
        string? when = null;
        DateOnly? date = null;
        var bulleted = false;
        // Under a date set beside its item, the lines below carry on the item column: a dash in them is the title's.
        var besideDates = false;
        var blankAbove = false;
        for (var i = 0; i < end; i++)
        {
            var text = lines[i].Plain;
            if (text.Length == 0)
            {
                blankAbove = true;
                continue;
            }

            if (besideDates && blankAbove && DateBesideItem(lines[i]) is null)
            {
                // A blank line ends a table of dates beside items: what follows is the paper going on.
                (when, date, besideDates) = (null, null, false);
            }

            blankAbove = false;

            // "5 February 2025 | Local Transport Plan Capital Programme": a date in a column of its own beside the item, with
            // no row of column headings above them; the lines under it with no date are its other items.
            if (DateBesideItem(lines[i]) is var (cellWhen, cellDate, cellItem))
            {
                (when, date, bulleted, besideDates) = (cellWhen, cellDate, false, true);
                items.Add(new WorkProgrammeItem(context.Source, context.Committee, date, when, Shorten(cellItem), null, context.EvidenceAt(i)));
                continue;
            }

            // "Meeting date: 13 June 2024": the date under a short label heads the list as the date alone does.
            var dated = DateLabel().Match(text) is { Success: true } labelled ? labelled.Groups["date"].Value : text;
            var full = UkDateParser.FindAll(dated).FirstOrDefault();
            var month = full is null ? UkDateParser.FindMonth(dated) : null;
            var heading = full ?? month;
            // "Tuesday 4 March 2025": the day's name before the date is part of the heading.
            var bare = LeadingWeekday().Replace(dated, string.Empty);
            if ((heading is not null && heading.Length >= bare.Length - 2) || PeriodHeading().IsMatch(dated) || UnscheduledHeading().IsMatch(dated))
            {
                when = dated;
                date = full?.Date;
                bulleted = false;
                besideDates = false;
                continue;
            }

            // "* 10 April 2025 - Local Highway Panels Scheme Delivery", "* To be scheduled - Gigabit Broadband Roll-out": a
            // listed item that carries its own date (a heading's "4 March 2025 - Committee Room 1" is no item).
            if (lines[i].ListBullet && DatedItem().Match(text) is { Success: true } own && OwnDate(own.Groups["when"].Value) is var (itemWhen, itemDate))
            {
                var ownLead = Lead().Match(own.Groups["item"].Value);
                var ownItem = ownLead.Success ? own.Groups["item"].Value[..ownLead.Index].Trim() : own.Groups["item"].Value;
                items.Add(new WorkProgrammeItem(context.Source, context.Committee, itemDate, itemWhen, Shorten(ownItem), ownLead.Success ? ownLead.Groups["lead"].Value.Trim() : null, context.EvidenceAt(i)));
                continue;
            }

            // Under bullets, a line without one carries on the item above it ("(Lead officer: …)").
            bulleted |= lines[i].Bulleted;
            if (bulleted && !lines[i].Bulleted)
            {
                continue;
            }

            if (when is null || text.EndsWith(':') || BlankPage().IsMatch(text) || PrintedPageNumber.Is(text) || text.Length > 200 || (text.EndsWith('.') && text.Split(' ').Length > 8) || text.Contains('@'))
            {
                continue;
            }

            var lead = besideDates ? Match.Empty : Lead().Match(text);
            var item = lead.Success ? text[..lead.Index].Trim() : text;
            items.Add(new WorkProgrammeItem(context.Source, context.Committee, date, when, Shorten(item), lead.Success ? lead.Groups["lead"].Value.Trim() : null, context.EvidenceAt(i)));
        }
    }

    /// <summary>A row of two cells, the first a meeting's date, a month or "to be scheduled", the second an item's title
    /// (not a venue: "4 March 2025 | Committee Room 1" heads a meeting).</summary>
    private static (string When, DateOnly? Date, string Item)? DateBesideItem(SourceLine line)
    {
        var cells = line.Cells.Select(c => c.Trim()).Where(c => c.Length > 0).ToArray();
        return cells.Length == 2 && OwnDate(cells[0]) is var (when, date) && !HoldsADate(cells[1]) && !Meetings.HeaderFields.LooksLikePlace(cells[1])
            ? (when, date, cells[1])
            : null;
    }

    /// <summary>The date before an item's dash when it is all of it: a full date, a month, or "to be scheduled".</summary>
    private static (string When, DateOnly? Date)? OwnDate(string when)
    {
        var bare = LeadingWeekday().Replace(when, string.Empty);
        var full = UkDateParser.FindAll(bare).FirstOrDefault();
        var month = full is null ? UkDateParser.FindMonth(bare) : null;
        return (full ?? month) is { } found && found.Index == 0 && found.Length >= bare.Length - 1 ? (when, full?.Date)
            : UnscheduledHeading().IsMatch(when) ? (when, null)
            : null;
    }

    /// <summary>A row of three cells or more naming a programme's items and their dates or leads ("Item | Purpose |
    /// Executive Member | Lead Officer"): a work programme's table, wherever it stands in a pack.</summary>
    internal static bool IsTableHeader(string line)
    {
        var cells = line.Split('\t').Select(c => c.Trim()).ToArray();
        return cells.Count(c => c.Length > 0) >= 3 && Header(cells) is { } columns && (columns.Date >= 0 || columns.Lead >= 0);
    }

    private static bool HoldsADate(string cell) =>
        cell.Length > 0 && (UkDateParser.FindFirst(cell) is not null || UkDateParser.FindMonth(cell) is not null);

    /// <summary>A programme's first table whose item column has a heading of its own choosing ("Scrutiny | Type | Date |
    /// Status"): a header of short capitalised cells with a date column, whose first column is not the date's, holds
    /// the items in that first column. Only inside a work programme, where a table with a date column is its schedule.</summary>
    private static ProgrammeColumns? ItemFirstHeader(string[] cells)
    {
        var filled = cells.Select((c, i) => (Cell: c, Index: i)).Where(x => x.Cell.Length > 0).ToList();
        if (filled.Count < 3 || filled.Any(x => x.Cell.Length > 30 || !char.IsUpper(x.Cell[0]) || UkDateParser.FindFirst(x.Cell) is not null))
        {
            return null;
        }

        var date = filled.FindIndex(x => DateHeader().IsMatch(x.Cell));
        return date > 0 ? new ProgrammeColumns(filled[date].Index, filled[0].Index, Array.FindIndex(cells, c => c.Length > 0 && LeadHeader().IsMatch(c))) : null;
    }

    private static ProgrammeColumns? Header(string[] cells)
    {
        // A header's cells are capitalised: "business case" wrapped under a row's description is no "Business" column.
        int Find(Regex pattern, Regex? unless = null) =>
            Array.FindIndex(cells, c => c.Length is > 0 and < 40 && char.IsUpper(c[0]) && pattern.IsMatch(c) && !(unless?.IsMatch(c) ?? false));
        var reference = Find(ReferenceHeader());
        // "Report Ref" names the column numbering the rows ("SC/10/23-24"), not the reports: the item is another column.
        var item = Find(ItemHeader(), unless: ReferenceHeader());
        // A row that opens with a date is the table's ("15 April 2024 | Annual Report … | Report | …"), whatever its
        // other cells say; a calendar's header has its dates after the item's column ("Report | Lead | 10 Sept 2024").
        if (item < 0 || cells.Count(c => c.Length > 0) < 2 || cells.Any(c => c.Length > 45) || UkDateParser.FindLeading(cells.FirstOrDefault(c => c.Length > 0) ?? string.Empty) is not null)
        {
            return null;
        }

        var date = Find(DateHeader());
        return new ProgrammeColumns(date == item ? -1 : date, item, Find(LeadHeader()), reference);
    }

    /// <summary>True when blank lines part the table's rows (at least two between rows, and one to every four of its
    /// lines or more; not blanks around a title repeated over the table's pages), so that lines with no blank between
    /// them are one row wrapped. The table runs to the next header or to the third line without cells.</summary>
    private static bool RowsSeparatedByBlankLines(IReadOnlyList<SourceLine> lines, int header)
    {
        var (blanks, rows, untabbed) = (0, 0, 0);
        for (var k = header + 1; k < lines.Count && untabbed <= 2; k++)
        {
            if (lines[k].Text.Contains('\t'))
            {
                if (Header(lines[k].Text.Split('\t').Select(c => c.Trim()).ToArray()) is not null)
                {
                    break;
                }

                rows++;
            }
            else if (lines[k].IsBlank)
            {
                blanks += k + 1 < lines.Count && lines[k + 1].Text.Contains('\t') && lines[k - 1].Text.Contains('\t') ? 1 : 0;
            }
            else
            {
                untabbed++;
            }
        }

        return blanks >= 2 && blanks * 4 >= rows;
    }

    private static string? SectionHeading(IReadOnlyList<SourceLine> lines, int header)
    {
        for (var k = header - 1; k >= 0 && k >= header - 4; k--)
        {
            var text = lines[k].Plain;
            if (text.Length > 0 && !lines[k].Text.Contains('\t') && text.Length < 80 && !text.EndsWith('.'))
            {
                return text;
            }
        }

        return null;
    }

    private static string Cell(string[] cells, int index) => index >= 0 && index < cells.Length ? cells[index] : string.Empty;

    private static string Shorten(string text) => text.Length <= 400 ? text : text[..400].TrimEnd() + "…";

    [GeneratedRegex(@"^(?:[\w ]{0,20}\s)?(?:Date|Month|When)s?$|^Meeting$|^Dates?\s+of\s+(?:the\s+)?(?:meeting|committee)s?$", RegexOptions.IgnoreCase)]
    private static partial Regex DateHeader();

    /// <summary>"Item", "Agenda Item", "Topic", "Report Title", "Theme/Issue", "Matter for Consideration": the column
    /// naming what is to be scrutinised.</summary>
    [GeneratedRegex(@"^(?<when>[^-–—]{3,40}?)\s+[-–—]\s+(?<item>\p{Lu}.{3,})$")]
    private static partial Regex DatedItem();

    [GeneratedRegex(@"^(?:Agenda\s+)?(?:Items?|Topics?|Subjects?|Reports?|Business|Title|Themes?|Issues?)(?:\s+for\s+(?:scrutiny|review|consideration|decision|discussion)|\s+of\s+(?:the\s+)?(?:items?|reports?|topics?|business)|\s+\w+|\s*/\s*\w+)?$|^Matters?(?:\s+for\s+(?:Consideration|Scrutiny|Discussion|Decision))?$", RegexOptions.IgnoreCase)]
    private static partial Regex ItemHeader();

    /// <summary>"Report Ref", "Item No.", "Reference": the column numbering the rows.</summary>
    [GeneratedRegex(@"^(?:[\w ]{0,20}\s)?(?:Ref|Reference|No|Number)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceHeader();

    [GeneratedRegex(@"\b(?:Lead|Cabinet Member|Portfolio|Responsib|Officer|Presented|Contact|Executive Member|Director|Author)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadHeader();

    /// <summary>How a programme says an item has no meeting yet ("TBC", "To be scheduled", "dates to be confirmed").</summary>
    private const string Unscheduled = @"(?:TBC|TBA|TBD|To\s+be\s+(?:confirmed|agreed|scheduled)|Not\s+yet\s+scheduled)";

    [GeneratedRegex(@"^" + Unscheduled + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex ToBeConfirmed();

    /// <summary>A programme's period over its items: "Quarter 1 (April – June 2025)", "Q3 2025/26", "Autumn 2025", a
    /// year alone ("2025/26": items not yet given a meeting).</summary>
    [GeneratedRegex(@"^(?:Quarter\s+[1-4]|Q[1-4]|Spring|Summer|Autumn|Winter)\b[^.:]{0,40}\b(?:19|20)\d{2}(?:/\d{2})?\)?$|^(?:19|20)\d{2}(?:[/-]\d{2})?(?:\s*[-–:]\s*(?:dates?\s+)?" + Unscheduled + @")?$", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodHeading();

    /// <summary>Where a programme lists what has no meeting yet: "Unallocated / to be scheduled", "Unscheduled items",
    /// "Items to be scheduled", "Future items".</summary>
    [GeneratedRegex(@"^(?:Unallocated|Unscheduled|Future\s+(?:items|topics|meetings)|(?:Items?|Topics?|Reports?)\s+(?:not\s+yet|to\s+be)\s+(?:scheduled|allocated|programmed)|" + Unscheduled + @")\b[^.:]{0,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex UnscheduledHeading();

    [GeneratedRegex(@"^(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+(?=\d)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingWeekday();

    [GeneratedRegex(@"^(?:(?:Meeting|Committee)\s+date|Date(?:\s+of\s+(?:the\s+)?meeting)?|Meeting)\s*:\s*(?<date>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex DateLabel();

    [GeneratedRegex(@"intentionally\s+(?:left\s+)?blank", RegexOptions.IgnoreCase)]
    private static partial Regex BlankPage();

    [GeneratedRegex(@"^\d{1,2}(?:st|nd|rd|th)?$")]
    private static partial Regex DayOnly();

    [GeneratedRegex(@"^\d{1,2}[.)]?\s+(?=\p{Lu})")]
    private static partial Regex RowNumber();

    [GeneratedRegex(@"^To\s+(?:scrutinise|consider|receive|review|examine|note|hold|approve|agree|discuss|monitor)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Purpose();

    [GeneratedRegex(@"\s*(?:\((?<lead>[A-Z][^()]{2,60})\)|\s[-–]\s(?<lead>[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,3}))$")]
    private static partial Regex Lead();
}
