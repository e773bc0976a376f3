using System.Text.RegularExpressions;
using ScrutinyBot.Core.Extraction.Text;

namespace ScrutinyBot.Core.Extraction.Trackers;

/// <summary>
/// Reads the rows of a recommendation tracker laid out as "Date of Meeting | Recommendation/Action | Response",
/// tolerating PDF text where the columns are interleaved line by line or flattened into one long line:
/// the first column gives the meeting date, "Date recommendations were issued" and "Deadline for response";
/// the second the topic and the items; the rest the responses.
/// </summary>
internal static partial class TrackerBlockReader
{
    public static IReadOnlyList<TrackerBlock> Read(IReadOnlyList<SourceLine> lines)
    {
        var starts = Enumerable.Range(0, lines.Count).Where(i => RowStart().IsMatch(Cell(lines[i], 0))).ToList();
        var blocks = new List<TrackerBlock>();
        for (var s = 0; s < starts.Count; s++)
        {
            var end = s + 1 < starts.Count ? starts[s + 1] : lines.Count;
            blocks.Add(ReadBlock(lines, starts[s], end));
        }

        return blocks;
    }

    private static TrackerBlock ReadBlock(IReadOnlyList<SourceLine> lines, int start, int end)
    {
        var first = new TextStream();
        for (var i = start; i < end; i++)
        {
            first.Add(Cell(lines[i], 0), i);
        }

        var dates = first.Text;
        var topicLines = new List<string>();
        var recStart = start + 1;
        var topic = Cell(lines[start], 1);
        if (topic.Length > 0 && !LooksLikeItem(topic))
        {
            topicLines.Add(topic);
            for (var i = start + 1; i < end && i <= start + 3; i++)
            {
                var more = Cell(lines[i], 1);
                if (more.Length == 0)
                {
                    recStart = i + 1;
                    continue;
                }

                if (LooksLikeItem(more) || more.Length > 70)
                {
                    break;
                }

                topicLines.Add(more);
                recStart = i + 1;
            }
        }
        else
        {
            recStart = start;
        }

        var block = new TrackerBlock
        {
            MeetingDate = UkDateParser.FindFirst(dates),
            Topic = topicLines.Count > 0 ? string.Join(' ', topicLines) : null,
            Issued = DateAfter(dates, Issued()),
            Deadline = DateAfter(dates, Deadline()),
            StartLine = start,
        };
        ReadItems(lines, recStart, end, block);
        TrackerResponseReader.Read(lines, start, end, block);
        return block;
    }

    private static void ReadItems(IReadOnlyList<SourceLine> lines, int recStart, int end, TrackerBlock block)
    {
        var stream = new TextStream();
        for (var i = recStart; i < end; i++)
        {
            stream.Add(Cell(lines[i], 1), i);
        }

        var next = 1;
        foreach (var (number, text, type, offset) in TrackerItemParser.Parse(stream.Text))
        {
            block.Items.Add(new TrackerItem(number ?? next, number is not null, text, type, stream.LineAt(offset)));
            next = (number ?? next) + 1;
        }
    }

    private static bool LooksLikeItem(string text) =>
        TrackerItemParser.StartsLikeRecommendation(text) || ItemMarker().IsMatch(text) || text.Contains("(R)", StringComparison.Ordinal) || text.Contains("(A)", StringComparison.Ordinal);

    private static DateOnly? DateAfter(string text, Regex label)
    {
        var m = label.Match(text);
        if (!m.Success)
        {
            return null;
        }

        var after = UkDateParser.FindAll(text[(m.Index + m.Length)..]).FirstOrDefault();
        return after?.Date;
    }

    internal static string Cell(SourceLine line, int index)
    {
        var cells = line.Text.Split('\t');
        return index < cells.Length ? cells[index].Trim() : string.Empty;
    }

    [GeneratedRegex(@"^(?:Date\s+of\s+(?:the\s+)?(?:Meeting|Committee)|Meeting\s+date|Committee\s+date)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RowStart();

    [GeneratedRegex(@"\bissued\b\s*:?", RegexOptions.IgnoreCase)]
    private static partial Regex Issued();

    [GeneratedRegex(@"\b(?:deadline(?:\s+for\s+(?:a\s+)?response)?|response\s+(?:due|deadline)|respond\s+by)\b\s*:?", RegexOptions.IgnoreCase)]
    private static partial Regex Deadline();

    [GeneratedRegex(@"^\(?\d{1,2}[).]\s")]
    private static partial Regex ItemMarker();
}
