namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>A form's boxes side by side, each wrapping its own sentence over several lines ("Proposed Amount |
/// Proposed Funding Source:" above "£5.6m to increase the Highways Asset | Cancellation of the Scope 2 enhanced works
/// to Invicta" above "Management/Annual Maintenance capital project. | House."): a PDF gives them line by line, cells
/// joined by tabs, and read across they interleave two sentences. Read down, each box is whole.</summary>
public static class WrappedCells
{
    /// <summary>The lines, with each run of lines that are boxes read down: one line per column. A run is two or more
    /// lines of the same number of tab-separated cells, all with words, where no cell ends a sentence until the last
    /// line, and there every cell does; a table whose rows end their own sentences, or hold no sentences, is left as
    /// it is.</summary>
    public static IEnumerable<string> ReadDown(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var i = 0;
        while (i < lines.Count)
        {
            var cells = Cells(lines[i]);
            var end = i + 1;
            while (cells.Length >= 2 && end < lines.Count && Cells(lines[end]).Length == cells.Length && !Cells(lines[end - 1]).Any(EndsSentence))
            {
                end++;
            }

            if (end - i >= 2 && Cells(lines[end - 1]).All(EndsSentence))
            {
                var rows = Enumerable.Range(i, end - i).Select(k => Cells(lines[k])).ToList();
                var labelled = rows[0].All(IsLabel);
                for (var column = 0; column < cells.Length; column++)
                {
                    var box = string.Join(' ', rows.Select(r => r[column]));
                    // A box's heading is its field's label ("Proposed Amount" over "£5.6m …"), written as labels are.
                    yield return labelled && !rows[0][column].EndsWith(':') ? box.Insert(rows[0][column].Length, ":") : box;
                }

                i = end;
                continue;
            }

            yield return lines[i];
            i++;
        }
    }

    private static string[] Cells(string line)
    {
        if (!line.Contains('\t', StringComparison.Ordinal))
        {
            return [];
        }

        var cells = line.Split('\t', StringSplitOptions.TrimEntries);
        return cells.All(c => c.Any(char.IsLower)) ? cells : [];
    }

    /// <summary>A box's heading: up to five words, each capitalised but for joining words ("Proposed Amount", "Source of
    /// Funding:").</summary>
    private static bool IsLabel(string cell)
    {
        var words = cell.TrimEnd(':').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 5 && words.All(w => char.IsUpper(w[0]) || Retrieval.QueryUnderstanding.Initialisms.IsJoiner(w));
    }

    private static bool EndsSentence(string cell) => cell.TrimEnd('"', '\u201d', '\'', '\u2019', ')').EndsWith('.') || cell.EndsWith('?') || cell.EndsWith('!') || cell.EndsWith(';');
}
