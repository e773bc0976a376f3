using System.Text.RegularExpressions;

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
        for (var i = 0; i < lines.Length; i++)
        {
            if (aligned[i] is { } text && !lines[i].Contains('\t', StringComparison.Ordinal))
            {
                lines[i] = text;
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

    /// <summary>Words joined by single spaces; two spaces or more part cells.</summary>
    [GeneratedRegex(@"\S+(?: \S+)*")]
    private static partial Regex Run();
}
