using System.Text.RegularExpressions;
using ScrutinyBot.Core.Extraction.Text;
using Column = ScrutinyBot.Core.Extraction.Trackers.ColumnTrackerReader.Column;

namespace ScrutinyBot.Core.Extraction.Trackers;

/// <summary>
/// Reads a recommendation tracker written as labelled records rather than a grid: "Recommendation 1: That the
/// Cabinet …" followed by "Date issued:", "Response due:", "Cabinet response:" or "Status:" lines, a value running
/// on over the lines after its label. A label written before the first record ("Scrutiny Review: Temporary
/// Accommodation", "Date of meeting: 10 October 2024") holds for the records after it. Rows come out as the grid
/// reader's do, so both are turned into recommendations alike.
/// </summary>
internal static partial class LabelledTrackerReader
{
    public static IReadOnlyList<ColumnTrackerReader.Row> Read(IReadOnlyList<SourceLine> lines)
    {
        var rows = new List<ColumnTrackerReader.Row>();
        var shared = new Dictionary<Column, string>();
        Dictionary<Column, string>? record = null;
        var start = 0;
        Column? open = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Plain;
            if (text.Length == 0)
            {
                open = null;
                continue;
            }

            if (RecordStart().Match(text) is { Success: true } rec)
            {
                Add(rows, record, shared, start);
                record = new Dictionary<Column, string> { [Column.Reference] = rec.Groups["ref"].Value, [Column.Recommendation] = rec.Groups["text"].Value.Trim() };
                (start, open) = (i, Column.Recommendation);
                continue;
            }

            if (RecommendationLabel().Match(text) is { Success: true } labelled)
            {
                // "Recommendation NSC 07/24" over "Recommendation:  That Cabinet …": the record's text under its own
                // label; a second such label, or one with no record above it, opens a record of its own.
                if (record is null || record[Column.Recommendation].Length > 0)
                {
                    Add(rows, record, shared, start);
                    record = new Dictionary<Column, string> { [Column.Reference] = string.Empty, [Column.Recommendation] = string.Empty };
                    start = i;
                }

                record[Column.Recommendation] = labelled.Groups["text"].Value.Trim();
                open = Column.Recommendation;
                continue;
            }

            if (LabelOf(text) is var (column, value))
            {
                var into = record ?? shared;
                into[column] = value;
                open = column;
                continue;
            }

            if (Label().IsMatch(text))
            {
                // A field not read ("Sent to: Cabinet") ends the one above it.
                open = null;
                continue;
            }

            if (open is { } continuing && (record ?? shared).TryGetValue(continuing, out var sofar))
            {
                (record ?? shared)[continuing] = sofar.Length == 0 ? text : $"{sofar} {text}";
            }
        }

        Add(rows, record, shared, start);
        return rows;
    }

    private static void Add(List<ColumnTrackerReader.Row> rows, Dictionary<Column, string>? record, Dictionary<Column, string> shared, int start)
    {
        if (record is null || record[Column.Recommendation].Length == 0)
        {
            return;
        }

        var cells = new Dictionary<Column, string>(shared);
        foreach (var (column, value) in record)
        {
            cells[column] = value.Trim();
        }

        rows.Add(new ColumnTrackerReader.Row(cells, start));
    }

    private static (Column Column, string Value)? LabelOf(string text)
    {
        var m = Label().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var label = m.Groups["label"].Value;
        var value = m.Groups["value"].Value.Trim();
        Column? column = label switch
        {
            _ when IssuedLabel().IsMatch(label) => Column.Issued,
            _ when DeadlineLabel().IsMatch(label) => Column.Deadline,
            _ when MeetingLabel().IsMatch(label) => Column.Meeting,
            _ when StatusLabel().IsMatch(label) => Column.Status,
            _ when ResponseLabel().IsMatch(label) => Column.Response,
            _ when TopicLabel().IsMatch(label) => Column.Topic,
            _ => null,
        };
        return column is { } found ? (found, value) : null;
    }

    /// <summary>"Recommendation 1: That …", or a record's heading naming its reference alone: "Recommendation NSC 07/24".</summary>
    [GeneratedRegex(@"^Recommendation\s+(?:(?<ref>\d{1,3}[a-z]?)\s*[:.\-–]\s*(?<text>.*)|(?<ref>(?:[A-Z]{1,6}\s*)?\d{1,3}(?:/\d{2,4})?[a-z]?)(?<text>))$", RegexOptions.IgnoreCase)]
    private static partial Regex RecordStart();

    [GeneratedRegex(@"^Recommendation\s*:\s*(?<text>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex RecommendationLabel();

    /// <summary>A label of a few words and a colon opening the line.</summary>
    [GeneratedRegex(@"^(?<label>[A-Z][\w'’ ]{1,40}?)\s*:\s*(?<value>.*)$")]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:date\s+(?:recommendations?\s+)?(?:were\s+|was\s+)?(?:issued|sent|referred)|(?:date\s+)?issued(?:\s+on)?|date\s+of\s+issue)$", RegexOptions.IgnoreCase)]
    private static partial Regex IssuedLabel();

    [GeneratedRegex(@"^(?:response\s+(?:due|deadline|date\s+due)|deadline(?:\s+for\s+(?:a\s+)?response)?|due\s+date|date\s+response\s+due)$", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineLabel();

    [GeneratedRegex(@"^(?:date\s+of\s+(?:the\s+)?meeting|meeting\s+date|meeting)$", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingLabel();

    [GeneratedRegex(@"^(?:(?:rag\s+)?status|rag|progress\s+status)$", RegexOptions.IgnoreCase)]
    private static partial Regex StatusLabel();

    [GeneratedRegex(@"^(?:(?:cabinet|executive|mayor'?s?|leader'?s?|portfolio\s+holder'?s?|cabinet\s+member'?s?|officer|service|council|department)\s+)?(?:response|reply|update|progress(?:\s+update)?|outcome)$", RegexOptions.IgnoreCase)]
    private static partial Regex ResponseLabel();

    [GeneratedRegex(@"^(?:(?:scrutiny\s+)?review|topic|subject|item|review\s+title)$", RegexOptions.IgnoreCase)]
    private static partial Regex TopicLabel();
}
