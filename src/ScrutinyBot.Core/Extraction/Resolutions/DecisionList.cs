using ScrutinyBot.Core.Extraction.Blocks;

namespace ScrutinyBot.Core.Extraction.Resolutions;

/// <summary>
/// Reads the list of decisions that follows a stem ("RESOLVED that Cabinet:", "the County Council resolves:"):
/// one decision per item of the list, whose markers run on in sequence (1, 2, 3 or (a), (b), (c)); items of another
/// family inside an item are its sub-decisions, each read with its parent's words. Sub-headings inside the list
/// ("2025-26 Council Tax", "In addition:") are passed over; a paragraph, a new trigger, or a marker that does not
/// run on ends it.
/// </summary>
internal static class DecisionList
{
    /// <summary>Whether the blocks from <paramref name="start"/> begin a list (after any introductory lines). Under a
    /// stem that ends in a colon, the list may carry on the numbers of the one before ("The Committee AGREED to make the
    /// following recommendation to Cabinet: 4. That …").</summary>
    public static bool StartsAt(IReadOnlyList<Block> blocks, int start, string? stem = null) =>
        FirstItem(blocks, start) is { } first && (blocks[first].Marker!.StartsList || (stem is not null && DecisionText.EndsInColon(stem)));

    /// <param name="lead">The stem over the list, kept with each decision.</param>
    public static int Read(IReadOnlyList<Block> blocks, int start, string? reference, string? lead, List<ResolvedText> found)
    {
        if (FirstItem(blocks, start) is not { } first)
        {
            return start;
        }

        var tops = new List<(Block Top, List<Block> Subs)>();
        ListMarker? lastTop = null;
        ListMarker? lastSub = null;
        var i = first;
        for (; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Marker is null)
            {
                if (IsInterlude(block) && !IsSentence(block) && i + 1 < blocks.Count && blocks[i + 1].Marker is not null)
                {
                    continue;
                }

                break;
            }

            if (DecisionTrigger.TryMatch(block.Text, out _, out _) && tops.Count > 0)
            {
                break;
            }

            if (lastTop is null || block.Marker.Follows(lastTop))
            {
                tops.Add((block, []));
                lastTop = block.Marker;
                lastSub = null;
            }
            else if (!block.Marker.SameFamily(lastTop) && (lastSub is null ? block.Marker.StartsList : block.Marker.Follows(lastSub) || !block.Marker.SameFamily(lastSub)))
            {
                tops[^1].Subs.Add(block);
                lastSub = lastSub is null || block.Marker.SameFamily(lastSub) ? block.Marker : lastSub;
            }
            else
            {
                break;
            }
        }

        foreach (var (top, subs) in tops)
        {
            if (subs.Count == 0)
            {
                found.Add(new ResolvedText(DecisionText.Clean(top.Text), reference, top.FirstLine, lead));
                continue;
            }

            var parent = DecisionText.Clean(top.Text);
            foreach (var sub in subs)
            {
                found.Add(new ResolvedText($"{parent} {sub.Marker!.Text} {DecisionText.Clean(sub.Text)}", reference, sub.FirstLine, lead));
            }
        }

        return i;
    }

    private static int? FirstItem(IReadOnlyList<Block> blocks, int start)
    {
        for (var i = start; i < blocks.Count && i < start + 4; i++)
        {
            if (blocks[i].Marker is not null)
            {
                return i;
            }

            if (!IsInterlude(blocks[i]))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A sentence between items ("The Committee agreed to make the following recommendations to the Cabinet
    /// Member:") opens a list of its own, where a sub-heading ("In addition:", "2025-26 Council Tax") carries the list on.</summary>
    private static bool IsSentence(Block block) =>
        block.Kind == BlockKind.Paragraph && block.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinSentenceWords;

    private const int MinSentenceWords = 6;

    /// <summary>A line between a stem and its list, or between items: a sub-heading or an introduction ending in a colon.</summary>
    private static bool IsInterlude(Block block) =>
        block.Kind == BlockKind.Heading || block.Text.TrimEnd('"', '”', '-', '–').EndsWith(':');
}
