using System.Text.RegularExpressions;
using ScrutinyBot.Core.Extraction.Text;

namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>
/// A text laid out as a printed page (pdftotext -layout, a council's .txt export) sets a table's cells apart with runs
/// of spaces: under a header row its cells are written tab-separated by column (<see cref="TableGrid"/>), as a PDF's
/// are. Lines outside a table, and lines already tab-separated, are kept as they are.
/// </summary>
internal static partial class SpacedTables
{
    public static string Tabbed(string page)
    {
        var lines = page.Split('\n');
        var rows = lines.Select(Cells).ToList();
        var aligned = TableGrid.Aligned(rows);
        var changed = false;
        // A page printed with a left margin indents every line: a label is at the line's start measured from it.
        var margin = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart(' ').Length).DefaultIfEmpty(0).Min();
        for (var i = 0; i < lines.Length; i++)
        {
            if (aligned[i] is { } text && !lines[i].Contains('\t', StringComparison.Ordinal))
            {
                lines[i] = text;
                changed = true;
            }
            else if (aligned[i] is null && lines[i].Length > margin && LabelledField().Match(lines[i][margin..]) is { Success: true } field)
            {
                // "Time            9.30 am": a front sheet's label set apart from its value, as a label cell.
                lines[i] = $"{field.Groups["label"].Value}\t{field.Groups["value"].Value}";
                changed = true;
            }
            else if (aligned[i] is null && rows[i] is { Count: >= 2 } names && TitledNames.AllTitled(names.Select(n => n.Text).ToList()))
            {
                // "Mr. L. Breedon CC          Miss C. Keyham CC": a list of members printed in columns, each name under
                // its title; read as cells, not as one name running into the next.
                lines[i] = string.Join('\t', names.Select(n => n.Text));
                changed = true;
            }
            else if (aligned[i] is null && lines[i].Length > margin && DatedRow().Match(lines[i][margin..]) is { Success: true } dated)
            {
                // "5 February 2025      Local Transport Plan Capital Programme": a programme's date in a column of its own.
                lines[i] = $"{dated.Groups["when"].Value}\t{dated.Groups["value"].Value}";
                changed = true;
            }
        }

        return changed ? string.Join('\n', lines) : page;
    }

    /// <summary>The runs of text on a line and the columns they span; none for a line with tabs (cells already).</summary>
    private static IReadOnlyList<PdfCell> Cells(string line) =>
        line.Contains('\t', StringComparison.Ordinal)
            ? []
            : Run().Matches(line).Select(m => new PdfCell(m.Value, m.Index, m.Index + m.Length)).ToList();

    /// <summary>A label of one or two words ("Date and Time", "Place of Meeting" joined) at the line's start, then a run
    /// of three spaces or more, then the value: how a front sheet lays out "Date", "Time", "Venue" or "Meeting" when it
    /// is not a table. Three words of a name ("Councillor Jane Smith      (Chair)") are not a label.</summary>
    [GeneratedRegex(@"^[ ]{0,4}(?<label>[A-Z][a-z]+(?: (?:(?:and|of|&) )?[A-Za-z][a-z]+)?)[ ]{3,}(?<value>\S.*\S|\S)[ ]*$")]
    private static partial Regex LabelledField();

    /// <summary>A date ("5 February 2025", "Tuesday 4 March 2025", "March 2025") or "To be scheduled" at the line's
    /// start, a run of three spaces or more, then the rest: a row of a table whose columns have no headings.</summary>
    [GeneratedRegex(@"^[ ]{0,4}(?<when>(?:[A-Z][a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}|[A-Z][a-z]+\s+\d{4}|To be (?:scheduled|confirmed|agreed)|TBC)[ ]{3,}(?<value>\S.*\S|\S)[ ]*$")]
    private static partial Regex DatedRow();

    /// <summary>Words joined by single spaces; two spaces or more part cells.</summary>
    [GeneratedRegex(@"\S+(?: \S+)*")]
    private static partial Regex Run();
}
