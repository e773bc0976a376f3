using System.Text.RegularExpressions;
using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction.Text;

namespace ScrutinyBot.Core.Extraction.Splitting;

/// <summary>
/// Splits an agenda pack (or a set of minutes, or a single report) into parts: the front sheet and agenda,
/// minutes of earlier meetings, each report, the recommendation tracker, the work programme and appendices.
/// </summary>
public sealed partial class PackSplitter
{
    private readonly PartBoundaryDetector detector = new();

    internal IReadOnlyList<PackPart> Split(IReadOnlyList<SourceLine> lines)
    {
        var opening = lines.Count > 0 ? detector.Detect(lines, 0, -1) : null;
        var starts = new List<PartStart> { opening is null ? new(0, PartKind.FrontSheet, "Front sheet") : opening with { Index = 0 } };
        for (var i = 1; i < lines.Count; i++)
        {
            var current = starts[^1];
            // Title lines above the first heading (the council's name over its minutes) may join the part below them.
            var floor = starts.Count == 1 && opening is null ? -1 : current.Index;
            var found = detector.Detect(lines, i, floor);
            if (found is null || IsSamePart(current, found, i) || IsMinuteItem(current, found, lines, i) || RepeatsItsStamp(current, lines, i))
            {
                continue;
            }

            if (found.Index <= current.Index || (starts.Count > 1 && OnlyFurniture(lines, current.Index, found.Index)))
            {
                // A part opened by a page's stamp alone ("Agenda Item 7") takes the kind and title of the heading under it.
                starts[^1] = current with { Kind = found.Kind, Title = found.Title };
                continue;
            }

            starts.Add(found);
        }

        var parts = new List<PackPart>();
        for (var s = 0; s < starts.Count; s++)
        {
            var end = s + 1 < starts.Count ? starts[s + 1].Index : lines.Count;
            var slice = lines.Skip(starts[s].Index).Take(end - starts[s].Index).ToList();
            if (slice.Any(l => !l.IsBlank))
            {
                parts.Add(new PackPart(parts.Count, starts[s].Kind, starts[s].Title, slice));
            }
        }

        if (parts.Count > 0 && parts[0].Kind == PartKind.FrontSheet)
        {
            parts[0] = parts[0] with { Title = FrontSheetTitle(parts[0]) };
        }

        return parts;
    }

    /// <summary>
    /// Inside minutes, a numbered item is minuted there, whatever its title says ("42. Cabinet Member Report - January
    /// 2025", "43. WORK PROGRAMME 2024/25, … KEY DECISION / FORWARD PLAN"): it opens no report or work programme of
    /// its own.
    /// </summary>
    private static bool IsMinuteItem(PartStart current, PartStart found, IReadOnlyList<SourceLine> lines, int index)
    {
        if (current.Kind != PartKind.Minutes || found.Kind is not (PartKind.Report or PartKind.WorkProgramme))
        {
            return false;
        }

        // The line that fired, the part's first line (a page's running header may stand above the item), or the
        // numbered heading the line continues.
        // A page's stamp ("Agenda Item 7") over the heading is the pack's furniture, not a line the heading goes on from;
        // so is the last page's number ("Page 12") above a stamp of another item than the part's own.
        var previous = index - 1;
        while (previous > current.Index && (lines[previous].IsBlank || AgendaItemStamp().IsMatch(lines[previous].Plain)
            || (PrintedPageNumber.Is(lines[previous].Plain) && StampsAnotherItem(current, lines, previous, index))))
        {
            previous--;
        }

        // A line that goes on from the one above it ("The Committee considered the report of the Chief Legal and Democratic
        // / Officer that sought views on the draft Work Programme …") is inside a paragraph, not a heading.
        // The first line under an item's numbered heading ("43 WORK PROGRAMME" / "The Committee considered the Work
        // Programme for …") is the item's text, blank line between or not.
        var continues = previous > current.Index && previous == index - 1;
        return NumberedItem().IsMatch(lines[index].Plain) || NumberedItem().IsMatch(lines[found.Index].Plain)
            || (previous > current.Index && NumberedItem().IsMatch(lines[previous].Plain))
            || (continues && !lines[previous].Plain.EndsWith('.'));
    }

    /// <summary>True when a stamp between the lines names another item than the part's own stamps (those in it, and any
    /// just over its first line).</summary>
    private static bool StampsAnotherItem(PartStart current, IReadOnlyList<SourceLine> lines, int from, int to)
    {
        var first = Math.Max(current.Index, 0);
        while (first > 0 && (lines[first - 1].IsBlank || AgendaItemStamp().IsMatch(lines[first - 1].Plain)))
        {
            first--;
        }

        var own = Enumerable.Range(first, Math.Max(0, from - first)).Select(k => AgendaItemStamp().Match(lines[k].Plain))
            .Where(m => m.Success).Select(m => m.Groups["n"].Value).ToHashSet();
        return Enumerable.Range(from + 1, Math.Max(0, to - from)).Any(k => AgendaItemStamp().Match(lines[k].Plain) is { Success: true } m && !own.Contains(m.Groups["n"].Value));
    }

    private static bool OnlyFurniture(IReadOnlyList<SourceLine> lines, int from, int to) =>
        Enumerable.Range(from, Math.Max(0, to - from)).All(k => lines[k].IsBlank || AgendaItemStamp().IsMatch(lines[k].Plain) || PrintedPageNumber.Is(lines[k].Plain) || ReportNumber().IsMatch(lines[k].Plain));

    /// <summary>"REPORT NO 175/25" beside an item's stamp numbers the report the heading below names (Scottish packs).</summary>
    [GeneratedRegex(@"^Report\s+No\.?\s*[A-Z0-9][\w/.-]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReportNumber();

    /// <summary>A pack stamps every page of an item with its number ("Agenda Item 3"): the same stamp again within a
    /// part is its next page, not a new report.</summary>
    private static bool RepeatsItsStamp(PartStart current, IReadOnlyList<SourceLine> lines, int index)
    {
        if (AgendaItemStamp().Match(lines[index].Plain) is not { Success: true } stamp)
        {
            return false;
        }

        var number = stamp.Groups["n"].Value;
        for (var k = Math.Max(current.Index, 0); k < index; k++)
        {
            if (AgendaItemStamp().Match(lines[k].Plain) is { Success: true } earlier && earlier.Groups["n"].Value == number)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("^" + PartBoundaryDetector.AgendaItemWords + @"(?<n>\d+)$", RegexOptions.IgnoreCase)]
    private static partial Regex AgendaItemStamp();

    /// <summary>"42. Cabinet Member Report", "CSS/38 Apologies for Absence", "SC26. Scrutiny Committee Forward Plan": an
    /// item number, bare or after the committee's minute code.</summary>
    [GeneratedRegex(@"^(?:[A-Z]{1,6}\s?/\s?(?:\d{2,4}\s?/\s?)?|[A-Z]{1,4})?\d{1,3}[.)]?\s+[A-Z]")]
    private static partial Regex NumberedItem();

    /// <summary>Whether a part found goes on with the current one: a work programme or tracker split by a heading, a
    /// part's title repeated, a start found just below the last, or minutes' bare "MINUTES" label over their items
    /// (Camden and Cheltenham print the meeting, the attendance, then "Minutes"), or an item of minutes about the
    /// last meeting's ("Minutes of previous meeting approved.", as Glasgow titles it).</summary>
    private static bool IsSamePart(PartStart current, PartStart found, int index) =>
        found.Kind == current.Kind
        && (found.Kind is PartKind.WorkProgramme or PartKind.Tracker
            || (found.Kind == PartKind.Minutes && (found.Title.Trim().Equals("Minutes", StringComparison.OrdinalIgnoreCase) || EarlierMinutesItem().IsMatch(found.Title)))
            || string.Equals(found.Title, current.Title, StringComparison.OrdinalIgnoreCase)
            || index - current.Index <= 4);

    [GeneratedRegex(@"^minutes?\s+of\s+(?:the\s+)?(?:previous|last|preceding)\s+meeting\b", RegexOptions.IgnoreCase)]
    private static partial Regex EarlierMinutesItem();

    private static string FrontSheetTitle(PackPart part)
    {
        foreach (var line in part.Lines.Take(30))
        {
            var (council, committee) = CouncilNames.Read(line.Plain);
            if (committee is not null)
            {
                return council is null ? committee : $"{council} {committee}";
            }
        }

        return "Front sheet";
    }
}
