using System.Text.RegularExpressions;
using ScrutinyBot.Core.Extraction.Text;
using ScrutinyBot.Core.Ingestion.Readers;

namespace ScrutinyBot.Core.Extraction.Trackers;

/// <summary>
/// Reads a recommendation tracker laid out as most councils lay theirs out: a grid whose header row names its
/// columns ("Ref | Meeting date | Recommendation | Executive response | Response due | Status") and one row per
/// recommendation below it, a cell wrapping onto the lines after its row (the row's first column empty there).
/// Which column holds what is read from the header's words, not from where the column stands.
/// </summary>
internal static partial class ColumnTrackerReader
{
    /// <summary>One row: its cells by column, and the line it starts on.</summary>
    internal sealed record Row(IReadOnlyDictionary<Column, string> Cells, int LineIndex);

    internal enum Column { Reference, Meeting, Issued, Deadline, Topic, Recommendation, Response, Status }

    /// <summary>How far below a header its wrapped second line may stand (a blank line between them).</summary>
    private const int HeaderReach = 2;

    public static IReadOnlyList<Row> Read(IReadOnlyList<SourceLine> lines)
    {
        var rows = new List<Row>();
        for (var i = 0; i < lines.Count; i++)
        {
            var wrapped = WrappedHeader(lines, i);
            if ((wrapped ?? Header(lines[i])) is not { } columns)
            {
                continue;
            }

            if (wrapped is not null)
            {
                // The header's second line ("meeting", "due") is not a row.
                i = NextLine.NonBlank(lines, i, HeaderReach)!.Value;
            }

            var key = new[] { Column.Reference, Column.Meeting, Column.Issued, Column.Recommendation }.First(c => columns.ContainsValue(c));
            var keyIndex = columns.First(c => c.Value == key).Key;
            var recommendationIndex = columns.First(c => c.Value == Column.Recommendation).Key;
            Dictionary<Column, List<string>>? cells = null;
            var start = i;
            for (i++; i < lines.Count; i++)
            {
                var line = lines[i];
                if (line.IsBlank || PrintedRule.Is(line.Plain) || PrintedPageNumber.Is(line.Plain))
                {
                    continue;
                }

                var parts = line.Text.Split('\t').Select(c => c.Trim()).ToArray();
                if (parts.Length < 2 || Header(line) is not null)
                {
                    i--;
                    break;
                }

                if (keyIndex < parts.Length && IsKey(key, parts[keyIndex], parts) && !(key == Column.Reference && WrapsOn(parts, recommendationIndex)))
                {
                    Add(rows, cells, start);
                    (cells, start) = (columns.Values.Distinct().ToDictionary(c => c, _ => new List<string>()), i);
                }

                if (cells is null)
                {
                    continue;
                }

                foreach (var (index, column) in columns)
                {
                    if (index < parts.Length && parts[index].Length > 0)
                    {
                        cells[column].Add(parts[index]);
                    }
                }
            }

            Add(rows, cells, start);
        }

        return rows;
    }

    private static void Add(List<Row> rows, Dictionary<Column, List<string>>? cells, int start)
    {
        if (cells is not null && cells.TryGetValue(Column.Recommendation, out var text) && text.Count > 0)
        {
            rows.Add(new Row(cells.ToDictionary(c => c.Key, c => string.Join(' ', c.Value)), start));
        }
    }

    /// <summary>The columns a header row names, by position; null when the line is no tracker header (it must name a
    /// recommendation column and a response column).</summary>
    internal static Dictionary<int, Column>? Header(SourceLine line)
    {
        var cells = line.Text.Split('\t').Select(c => c.Trim()).ToArray();
        if (cells.Length < 3 || cells.Any(c => c.Length > 60))
        {
            return null;
        }

        var columns = new Dictionary<int, Column>();
        for (var k = 0; k < cells.Length; k++)
        {
            if (Of(cells[k]) is { } column && !columns.ContainsValue(column))
            {
                columns[k] = column;
            }
        }

        return IsTracker(columns) ? columns : null;
    }

    /// <summary>A recommendation column beside a response column, or beside a status column and a date: "Ref |
    /// Recommendation | Date made | Response due | Status".</summary>
    private static bool IsTracker(Dictionary<int, Column> columns) =>
        columns.ContainsValue(Column.Recommendation)
        && (columns.ContainsValue(Column.Response)
            || (columns.ContainsValue(Column.Status) && columns.Values.Any(c => c is Column.Meeting or Column.Issued or Column.Deadline)));

    /// <summary>A header whose cells wrap onto a second line ("Date of | Recommendation | … | Response" over "meeting |
    /// | | due"), read cell by cell as one; the second line has short cells of words only.</summary>
    private static Dictionary<int, Column>? WrappedHeader(IReadOnlyList<SourceLine> lines, int i)
    {
        var first = lines[i].Text.Split('\t').Select(c => c.Trim()).ToArray();
        if (first.Length < 3 || NextLine.NonBlank(lines, i, HeaderReach) is not { } next)
        {
            return null;
        }

        var second = lines[next].Text.Split('\t').Select(c => c.Trim()).ToArray();
        if (second.Length > first.Length || second.All(c => c.Length == 0) || second.Any(c => c.Length > 25 || c.Any(char.IsDigit)))
        {
            return null;
        }

        var merged = first.Select((c, k) => k < second.Length && second[k].Length > 0 ? $"{c} {second[k]}" : c);
        return Header(lines[i] with { Text = string.Join('\t', merged) });
    }

    /// <summary>Whether a cell of the row-key column starts a row: a date under a date, a short reference with a
    /// number under a reference ("OSC 24/01", "R1"); a cell wrapped from the row above ("accommodation spend by ward")
    /// is neither.</summary>
    private static bool IsKey(Column key, string cell, string[] row) => key switch
    {
        _ when cell.Length == 0 => false,
        Column.Meeting or Column.Issued => UkDateParser.FindInCell(cell) is not null || DayAndMonth().IsMatch(cell),
        Column.Reference => cell.Length <= 15 && (cell.Any(char.IsDigit) || row.Any(c => c != cell && UkDateParser.FindFirst(c) is not null)),
        _ => true,
    };

    /// <summary>A reference wrapped onto the next line ("OSMB" over "25-01") beside nothing but the rest of the row's
    /// recommendation ("is commissioned."): no recommendation of its own, or one going on in lower case.</summary>
    private static bool WrapsOn(string[] row, int recommendation)
    {
        var text = recommendation < row.Length ? row[recommendation] : string.Empty;
        return text.Length == 0 ? !row.Any(c => UkDateParser.FindFirst(c) is not null) : char.IsLower(text[0]);
    }

    /// <summary>A date whose year wraps onto the next line ("16 July" over "2025").</summary>
    [GeneratedRegex(@"^\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}$")]
    private static partial Regex DayAndMonth();

    private static Column? Of(string header) =>
        DeadlineHeader().IsMatch(header) ? Column.Deadline
        : IssuedHeader().IsMatch(header) ? Column.Issued
        : MeetingHeader().IsMatch(header) ? Column.Meeting
        : RecommendationHeader().IsMatch(header) ? Column.Recommendation
        : ResponseHeader().IsMatch(header) ? Column.Response
        : StatusHeader().IsMatch(header) ? Column.Status
        : ReferenceHeader().IsMatch(header) ? Column.Reference
        : TopicHeader().IsMatch(header) ? Column.Topic
        : null;

    [GeneratedRegex(@"\b(?:deadline|(?:response|reply)\s+(?:due|deadline|by)|due\s+(?:date|by)|date\s+(?:response\s+)?due|respond\s+by)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineHeader();

    [GeneratedRegex(@"^(?:date\s+(?:issued|sent|made|agreed|referred|forwarded|of\s+recommendations?)|(?:issued|sent|forwarded)(?:\s+on)?|date\s+recommendations?\s+(?:were\s+)?(?:issued|made|sent)|(?:agreed|endorsed|approved|made)\s+by\s+(?:the\s+)?[\w&\s]{2,30}|(?:date\s+)?(?:sent|referred|forwarded)\s+to\s+(?:the\s+)?[\w&\s]{3,30})$", RegexOptions.IgnoreCase)]
    private static partial Regex IssuedHeader();

    [GeneratedRegex(@"^(?:date|(?:date\s+of\s+)?(?:the\s+)?(?:meeting|committee|board|panel|commission)(?:\s+date)?|(?:meeting|committee|board|panel|commission)\s+date)$", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingHeader();

    [GeneratedRegex(@"^(?:(?:scrutiny|committee|panel)\s+)?recommendations?(?:\s+(?:made|text|details|and\s+actions?|/\s*(?:actions?|comments?)|to\s+(?:the\s+)?(?:cabinet|executive|mayor|council|leader)(?:\s+and\s+cabinet)?))?$|^(?:recommendation|action|instruction|resolution|decision|request|issue)s?\s*/\s*(?:actions?|recommendations?)$|^recommendations?\s*/\s*(?:instructions?|resolutions?|decisions?|requests?)$|^resolutions?$", RegexOptions.IgnoreCase)]
    private static partial Regex RecommendationHeader();

    [GeneratedRegex(@"\b(?:response|reply|progress|update|outcome|comments?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ResponseHeader();

    [GeneratedRegex(@"^(?:status|rag(?:\s+status)?|accepted\??|(?:executive|cabinet)\s+decision|decision)$", RegexOptions.IgnoreCase)]
    private static partial Regex StatusHeader();

    [GeneratedRegex(@"^(?:ref(?:erence)?\.?|no\.?|number|#|item\s+no\.?)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceHeader();

    [GeneratedRegex(@"^(?:topic|subject|item|review|title|issue|report|agenda\s+item)(?:\s*/\s*(?:topic|subject|item|review|title|issue|report))?$", RegexOptions.IgnoreCase)]
    private static partial Regex TopicHeader();
}
