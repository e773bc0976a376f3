using System.Text.RegularExpressions;
using ScrutinyBot.Core.Extraction.Text;

namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>
/// Writes the rows of a table (a PDF's, or a text laid out with spaces) under its header row one field per column, by
/// where each cell stands: a cell wrapped
/// onto the lines below its row ("accommodation spend by ward", under the second column) keeps its column, so a
/// reader of the text can tell it from the next row's first cell. A table's header is a row of at least three short
/// capitalised cells of words ("Ref | Recommendation | Date made | Response due | Status"), not a list's names ("Mr A
/// Booth, | Mr P Bartlett,"); its rows run on while each cell stands under one column, and end at a line spanning
/// several (prose again) or a row of a new table.
/// </summary>
internal static partial class TableGrid
{
    private const int MinColumns = 3;
    private const int LongestHeaderCell = 40;

    /// <summary>Share of a cell's width that may reach into another column before the line reads as prose.</summary>
    private const double Spill = 0.3;

    /// <returns>Each row's text with its cells tab-separated under the header's columns; null for a row outside a table
    /// (and for a printed rule inside one).</returns>
    public static string?[] Aligned(IReadOnlyList<IReadOnlyList<PdfCell>> rows)
    {
        var texts = new string?[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            if (!IsHeader(rows[i]))
            {
                continue;
            }

            var columns = rows[i];
            texts[i] = string.Join('\t', columns.Select(c => c.Text));
            var k = i + 1;
            // A header row right under the header whose cells each stand under one of its columns ("Minute | Action |
            // Meeting | Lead" over "Ref | | Date | Officer") is the header's second line, written by the header's
            // columns so its words join their columns' (the tracker and programme readers read a wrapped header cell
            // by cell).
            for (; k < rows.Count && (!IsHeader(rows[k]) || LeavesFirstColumnBlank(rows[k], columns) || (k == i + 1 && Fields(rows[k], columns) is not null)); k++)
            {
                if (rows[k].Count == 0 || rows[k].All(c => PrintedRule.Is(c.Text)))
                {
                    continue;
                }

                if (Fields(rows[k], columns) is not { } fields)
                {
                    if (IsDateRow(rows[k], columns))
                    {
                        texts[k] = rows[k][0].Text;
                        continue;
                    }

                    break;
                }

                texts[k] = string.Join('\t', fields).TrimEnd('\t');
            }

            i = k - 1;
        }

        return texts;
    }

    /// <summary>A row of capitalised cells that leaves the table's first column blank ("| Quarter Two Performance |
    /// Chief Executive's | Performance" under a meeting's date) is a row of the table, not a new table's header: a
    /// header starts at the table's left.</summary>
    private static bool LeavesFirstColumnBlank(IReadOnlyList<PdfCell> row, IReadOnlyList<PdfCell> columns) =>
        Fields(row, columns) is { } fields && fields[0].Length == 0;

    /// <summary>"Thursday, 23 January 2025 at City Hall, Bradford." across the columns from the first: a meeting's line
    /// inside a programme's table, over the rows that go to that meeting; the table runs on below it.</summary>
    private static bool IsDateRow(IReadOnlyList<PdfCell> row, IReadOnlyList<PdfCell> columns) =>
        row.Count == 1 && row[0].Left <= columns[0].Left + 1 && row[0].Text.Length <= 120
        && UkDateParser.FindLeading(row[0].Text) is not null;

    /// <summary>A header of three capitalised cells or more, or of two when the first names a date column ("Meeting
    /// Date | Item", "Month | Topic", words only: not a front sheet's "Date   Monday 27 January 2025"): a two-column
    /// table set out by date, as programmes and plans are.</summary>
    private static bool IsHeader(IReadOnlyList<PdfCell> row) =>
        (row.Count >= MinColumns || (row.Count == 2 && DateColumn().IsMatch(row[0].Text) && !row[1].Text.Any(char.IsDigit)))
        && row.All(c => c.Text.Length is > 0 and <= LongestHeaderCell && char.IsUpper(c.Text[0]) && c.Text.Count(char.IsLetter) >= 2 && !c.Text.EndsWith(',') && !c.Text.EndsWith(';'));

    [GeneratedRegex(@"^(?:(?:Meeting|Committee)\s+)?(?:Date|Month|Meeting)s?(?:\s+of\s+(?:the\s+)?Meeting)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DateColumn();

    /// <summary>The row's cells by column, empty where it has none; null when a cell stands under no one column.</summary>
    private static string[]? Fields(IReadOnlyList<PdfCell> row, IReadOnlyList<PdfCell> columns)
    {
        var fields = new string[columns.Count];
        Array.Fill(fields, string.Empty);
        foreach (var cell in row)
        {
            var width = Math.Max(cell.Right - cell.Left, 1e-6);
            var overlaps = columns.Select((_, k) => Overlap(cell, Start(columns, k), k + 1 < columns.Count ? columns[k + 1].Left : double.MaxValue)).ToArray();
            var best = Array.IndexOf(overlaps, overlaps.Max());
            if (overlaps[best] <= 0 || width - overlaps[best] > Spill * width || (fields[best].Length > 0 && !RowNumber().IsMatch(fields[best])))
            {
                return null;
            }

            // "1  Home Care Commissioning" under "Agenda item": the row's number goes with the title beside it.
            fields[best] = fields[best].Length > 0 ? $"{fields[best]} {cell.Text}" : cell.Text;
        }

        return fields;
    }

    /// <summary>Where a column starts: its header's left edge, or the middle of the gap after the column before. A
    /// column ends where the next one's header begins: a cell wider than its header ("Cabinet Member" under "To") may
    /// fill the gap after it.</summary>
    private static double Start(IReadOnlyList<PdfCell> columns, int k) =>
        k == 0 ? double.MinValue : (columns[k - 1].Right + columns[k].Left) / 2;

    private static double Overlap(PdfCell cell, double from, double to) =>
        Math.Min(cell.Right, to) - Math.Max(cell.Left, from);

    [GeneratedRegex(@"^\d{1,2}[.)]?$")]
    private static partial Regex RowNumber();
}
