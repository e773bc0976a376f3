using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction.Responses;
using ScrutinyBot.Core.Extraction.Text;
using ScrutinyBot.Core.Ingestion;

namespace ScrutinyBot.Core.Extraction.Trackers;

/// <summary>
/// Extracts recommendations to the executive from a recommendation tracker: meeting date, topic, number, text,
/// (R)/(A) marking, date issued, deadline for response (the tracker's, or the statutory period after issue),
/// response text and status; and, outside a tracker, the executive's response to scrutiny recommendations
/// (<see cref="ExecutiveResponseReader"/>).
/// </summary>
public sealed class TrackerExtractor(IOptions<IngestionOptions> options)
{
    internal IReadOnlyList<Recommendation> Extract(PartContext context)
    {
        if (context.Part.Kind != PartKind.Tracker)
        {
            return ExecutiveResponseReader.Read(context);
        }

        var months = options.Value.ResponsePeriodMonths;
        if (FromColumns(context, months) is { Count: > 0 } gridded)
        {
            return gridded;
        }

        var blocks = TrackerBlockReader.Read(WithoutRepeatedLines(context.Lines));
        TrackerItemRepair.Repair(blocks);
        var trackerText = string.Join('\n', context.Lines.Select(l => l.Text));
        var recommendations = new List<Recommendation>();
        foreach (var block in blocks)
        {
            if (block.MeetingDate is not { } meeting)
            {
                continue;
            }

            LostMarkerResponses.Place(block);
            var shared = block.Shared.Count > 0 && !block.HasNumberedResponses ? string.Join(' ', block.Shared) : null;
            // A holding reply speaks for the whole row; only a substantive one is split or matched to the items it names.
            var substantive = shared is not null && ResponseClassifier.Classify(shared) == ResponseStatus.Responded;
            if (substantive && SplitInOrder(block, shared!))
            {
                (shared, substantive) = (null, false);
            }

            var answered = substantive ? SharedResponseTargets.Find(block.Items, shared!, trackerText) : null;
            foreach (var item in block.Items.OrderBy(i => i.Number))
            {
                var own = block.Responses.FirstOrDefault(r => r.Number == item.Number)?.Text;
                var response = own ?? (answered is null || answered.Contains(item.Number) ? shared : null);
                var status = ResponseClassifier.Classify(response);
                var deadline = block.Deadline ?? (block.Issued ?? meeting).AddMonths(months);
                recommendations.Add(new Recommendation(
                    context.Source, context.Committee, meeting, block.Topic, item.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    item.Text, item.Type, block.Issued, deadline, status, Trim(response), context.EvidenceAt(item.LineIndex, item.Text)));
            }
        }

        return recommendations;
    }

    /// <summary>A tracker laid out as a grid under a header row naming its columns (<see cref="ColumnTrackerReader"/>),
    /// or written as labelled records (<see cref="LabelledTrackerReader"/>):
    /// one recommendation per row, dated by its meeting (or, failing that, by when it was issued); a status column
    /// stands for the response where the response column is empty.</summary>
    private static List<Recommendation> FromColumns(PartContext context, int months)
    {
        var recommendations = new List<Recommendation>();
        var position = 0;
        var rows = ColumnTrackerReader.Read(context.Lines);
        foreach (var row in rows.Count > 0 ? rows : LabelledTrackerReader.Read(context.Lines))
        {
            position++;
            string? Cell(ColumnTrackerReader.Column column) => row.Cells.TryGetValue(column, out var value) && value.Length > 0 ? value : null;
            var issued = DateIn(Cell(ColumnTrackerReader.Column.Issued));
            if ((DateIn(Cell(ColumnTrackerReader.Column.Meeting)) ?? issued) is not { } meeting)
            {
                continue;
            }

            var text = Cell(ColumnTrackerReader.Column.Recommendation)!;
            var response = Cell(ColumnTrackerReader.Column.Response) ?? Cell(ColumnTrackerReader.Column.Status);
            var deadline = DateIn(Cell(ColumnTrackerReader.Column.Deadline)) ?? (issued ?? meeting).AddMonths(months);
            var status = ResponseClassifier.Classify(response);
            recommendations.Add(new Recommendation(
                context.Source, context.Committee, meeting, Cell(ColumnTrackerReader.Column.Topic),
                Cell(ColumnTrackerReader.Column.Reference) ?? position.ToString(System.Globalization.CultureInfo.InvariantCulture),
                text, null, issued, deadline, status, status == ResponseStatus.None ? null : Trim(response), context.EvidenceAt(row.LineIndex, text)));
        }

        return recommendations;
    }

    private static DateOnly? DateIn(string? text) => text is null ? null : UkDateParser.FindInCell(text);

    /// <summary>
    /// A row's one response that answers its items in turn (a sentence or more for each, the first share naming the
    /// first item and the last share the last) becomes each item's own response.
    /// </summary>
    private static bool SplitInOrder(TrackerBlock block, string shared)
    {
        var items = block.Items.OrderBy(i => i.Number).ToList();
        var shares = items.Count > 1 ? OrderedResponseSplit.Split(items, shared, namedEnds: true) : null;
        if (shares is null)
        {
            return false;
        }

        block.Responses.AddRange(items.Select((item, k) => new TrackerResponse(item.Number, shares[k], item.LineIndex)));
        return true;
    }

    private static List<SourceLine> WithoutRepeatedLines(IReadOnlyList<SourceLine> lines)
    {
        var result = new List<SourceLine>(lines.Count);
        string? previous = null;
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                result.Add(line);
                continue;
            }

            result.Add(line.Text == previous ? line with { Text = string.Empty } : line);
            previous = line.Text;
        }

        return result;
    }

    private static string? Trim(string? text) =>
        text is null ? null : text.Length <= 2000 ? text.Trim() : text[..2000].TrimEnd() + "…";
}
