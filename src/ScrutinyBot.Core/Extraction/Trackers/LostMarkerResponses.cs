namespace ScrutinyBot.Core.Extraction.Trackers;

/// <summary>
/// Places a response whose number marker the PDF text lost. A response column runs in the order of the
/// recommendations, so an un-numbered response given by its line to item k, while items between the last response
/// before it and k have none, is where those items' responses went: it is split in order over them and k
/// (<see cref="OrderedResponseSplit"/>). When its opening sentence names a later item but not the first of them,
/// it starts at the item it names and the ones before stay unanswered. Too short to split (fewer sentences than
/// items), it answers the items it names, or, naming none, the first of them, the next in the column's order.
/// </summary>
internal static class LostMarkerResponses
{
    public static void Place(TrackerBlock block)
    {
        foreach (var response in block.Responses.Where(r => r.ByLine && r.Number is not null).ToList())
        {
            var targets = Targets(block, response);
            if (targets.Count < 2)
            {
                continue;
            }

            var sentences = OrderedResponseSplit.Sentences(response.Text);
            var opening = OrderedResponseSplit.Naming(targets, sentences)[0];
            var first = Array.FindIndex(opening, n => n > 0);
            if (first > 0 && opening[0] == 0)
            {
                targets = targets.Skip(first).ToList();
            }

            block.Responses.Remove(response);
            var shares = targets.Count > 1 ? OrderedResponseSplit.Split(targets, response.Text, namedEnds: false) : null;
            if (shares is not null)
            {
                block.Responses.AddRange(targets.Select((t, k) => new TrackerResponse(t.Number, shares[k], response.LineIndex)));
                continue;
            }

            var naming = OrderedResponseSplit.Naming(targets, [response.Text])[0];
            var named = targets.Where((_, k) => naming[k] > 0).DefaultIfEmpty(targets[0]);
            block.Responses.AddRange(named.Select(t => new TrackerResponse(t.Number, response.Text, response.LineIndex)));
        }
    }

    /// <summary>The items without a response between the last response above this one and its own item, then its item.</summary>
    private static List<TrackerItem> Targets(TrackerBlock block, TrackerResponse response)
    {
        var number = response.Number!.Value;
        var before = block.Responses
            .Where(r => !ReferenceEquals(r, response) && r.Number < number && r.LineIndex <= response.LineIndex)
            .Select(r => r.Number!.Value).DefaultIfEmpty(0).Max();
        return [.. block.Items
            .Where(i => i.Number > before && i.Number <= number)
            .Where(i => i.Number == number || !block.Responses.Any(r => r.Number == i.Number))
            .OrderBy(i => i.Number)];
    }
}
