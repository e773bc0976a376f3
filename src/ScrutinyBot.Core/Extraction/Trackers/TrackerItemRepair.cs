namespace ScrutinyBot.Core.Extraction.Trackers;

/// <summary>
/// Repairs what PDF text does to tracker tables: an item repeated under the same number (keep the complete copy,
/// or join the two when they differ), a second numbering restarting after the items (the response column read
/// after the items column), and an item or response whose number continues an earlier row (moved back to that row).
/// </summary>
internal static class TrackerItemRepair
{
    public static void Repair(IReadOnlyList<TrackerBlock> blocks)
    {
        foreach (var block in blocks)
        {
            FoldFragments(block);
            MergeRepeats(block);
            SplitRestartedNumbering(block);
        }

        for (var b = 1; b < blocks.Count; b++)
        {
            MoveContinuedItems(blocks, b);
        }

        for (var b = 1; b < blocks.Count; b++)
        {
            MoveContinuedResponses(blocks, b);
        }
    }

    /// <summary>
    /// Unnumbered pieces that do not open like a recommendation: a lower-case piece continues the item before it;
    /// in a numbered row, any other piece is response text that was interleaved with the items.
    /// </summary>
    private static void FoldFragments(TrackerBlock block)
    {
        var numbered = block.Items.Any(it => it.Explicit);
        for (var i = block.Items.Count - 1; i > 0; i--)
        {
            var item = block.Items[i];
            if (item.Explicit || TrackerItemParser.StartsLikeRecommendation(item.Text))
            {
                continue;
            }

            var prev = block.Items[i - 1];
            if (char.IsLower(item.Text[0]) && !numbered)
            {
                block.Items[i - 1] = prev with { Text = $"{prev.Text} {item.Text}", Type = prev.Type ?? item.Type };
            }
            else if (numbered)
            {
                block.Responses.Add(new TrackerResponse(prev.Number, item.Text, item.LineIndex));
                block.Items[i - 1] = prev with { Type = prev.Type ?? item.Type };
            }
            else
            {
                continue;
            }

            block.Items.RemoveAt(i);
        }
    }

    private static void MergeRepeats(TrackerBlock block)
    {
        for (var i = block.Items.Count - 1; i > 0; i--)
        {
            var (prev, cur) = (block.Items[i - 1], block.Items[i]);
            var overlap = Overlap(prev.Text, cur.Text);
            if (prev.Number != cur.Number || !cur.Explicit || !(prev.Explicit || overlap >= 0.7))
            {
                continue;
            }

            if (overlap < 0.7 && !TrackerItemParser.StartsLikeRecommendation(cur.Text))
            {
                block.Responses.Add(new TrackerResponse(cur.Number, cur.Text, cur.LineIndex));
            }

            var text = overlap >= 0.7 ? cur.Text : $"{prev.Text} {cur.Text}";
            block.Items[i - 1] = cur with { Text = text, Type = cur.Type ?? prev.Type, LineIndex = prev.LineIndex };
            block.Items.RemoveAt(i);
        }
    }

    private static void SplitRestartedNumbering(TrackerBlock block)
    {
        var max = 0;
        for (var i = 0; i < block.Items.Count; i++)
        {
            var item = block.Items[i];
            if (item.Explicit && item.Number < max)
            {
                foreach (var response in block.Items.Skip(i))
                {
                    block.Responses.Add(new TrackerResponse(response.Number, response.Text, response.LineIndex));
                }

                block.Items.RemoveRange(i, block.Items.Count - i);
                return;
            }

            max = Math.Max(max, item.Number);
        }
    }

    private static void MoveContinuedItems(IReadOnlyList<TrackerBlock> blocks, int b)
    {
        var block = blocks[b];
        for (var i = 0; i < block.Items.Count; i++)
        {
            var item = block.Items[i];
            var hasPrevious = block.Items.Take(i).Any(it => it.Explicit && it.Number == item.Number - 1);
            if (!item.Explicit || item.Number <= 1 || hasPrevious)
            {
                continue;
            }

            var target = Enumerable.Range(0, b).Reverse().Select(k => blocks[k])
                .FirstOrDefault(t => t.MaxExplicit == item.Number - 1);
            if (target is not null)
            {
                target.Items.Add(item);
                block.Items.RemoveAt(i);
                i--;
            }
        }
    }

    private static void MoveContinuedResponses(IReadOnlyList<TrackerBlock> blocks, int b)
    {
        var block = blocks[b];
        foreach (var response in block.Responses.Where(r => r.Number is not null).ToList())
        {
            if (block.Items.Any(it => it.Number == response.Number))
            {
                continue;
            }

            var target = Enumerable.Range(0, b).Reverse().Select(k => blocks[k])
                .FirstOrDefault(t => t.Items.Any(it => it.Number == response.Number) && !t.Responses.Any(r => r.Number == response.Number));
            if (target is not null)
            {
                target.Responses.Add(response);
                block.Responses.Remove(response);
            }
        }
    }

    private static double Overlap(string a, string b)
    {
        var wa = Words(a);
        return wa.Count == 0 ? 1 : (double)wa.Count(Words(b).Contains) / wa.Count;
    }

    private static HashSet<string> Words(string text) =>
        text.ToLowerInvariant().Split([' ', ',', '.', '(', ')', ';', ':'], StringSplitOptions.RemoveEmptyEntries).ToHashSet();
}
