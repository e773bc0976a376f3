using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Extraction.Trackers;

/// <summary>
/// Splits a response that answers several recommendations in turn (a tracker's response column runs in the order
/// of the recommendations) into one run of consecutive sentences per recommendation, each at least one sentence.
/// The cuts go where the runs best name their own recommendation: a sentence names one when it holds a content
/// word of that recommendation that the others lack. When the naming leaves a cut open, the earlier run ends as
/// soon as it can (what follows the last sentence naming it belongs to the next).
/// </summary>
internal static partial class OrderedResponseSplit
{
    /// <summary>The response's sentences; a fragment of under three words stays with the sentence before it.</summary>
    public static IReadOnlyList<string> Sentences(string text)
    {
        var sentences = new List<string>();
        foreach (var piece in SentenceBreak().Split(text.Trim()))
        {
            if (sentences.Count > 0 && piece.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3)
            {
                sentences[^1] = $"{sentences[^1]} {piece}";
            }
            else if (piece.Length > 0)
            {
                sentences.Add(piece);
            }
        }

        return sentences;
    }

    /// <summary>How many distinctive content words of each item each sentence holds: [sentence][item].</summary>
    public static int[][] Naming(IReadOnlyList<TrackerItem> items, IReadOnlyList<string> sentences)
    {
        var stems = items.Select(i => TrackerWords.Stems(i.Text)).ToList();
        var distinctive = stems.Select((own, k) => own.Where(w => !stems.Where((_, o) => o != k).Any(s => s.Contains(w))).ToHashSet(StringComparer.Ordinal)).ToList();
        return sentences.Select(s =>
        {
            var words = TrackerWords.Stems(s);
            return distinctive.Select(d => d.Count(words.Contains)).ToArray();
        }).ToArray();
    }

    /// <summary>
    /// The share of the response for each item, in order, or null when there are fewer sentences than items, or
    /// when <paramref name="namedEnds"/> asks for evidence and the first share does not name the first item or the
    /// last share the last item.
    /// </summary>
    public static IReadOnlyList<string>? Split(IReadOnlyList<TrackerItem> items, string response, bool namedEnds)
    {
        var sentences = Sentences(response);
        if (items.Count == 0 || sentences.Count < items.Count)
        {
            return null;
        }

        var naming = Naming(items, sentences);
        var ends = Cuts(naming, items.Count);
        var shares = new List<string>(items.Count);
        var begin = 0;
        for (var k = 0; k < items.Count; k++)
        {
            var share = Enumerable.Range(begin, ends[k] - begin);
            if (namedEnds && (k == 0 || k == items.Count - 1) && !share.Any(s => naming[s][k] > 0))
            {
                return null;
            }

            shares.Add(string.Join(' ', share.Select(s => sentences[s])));
            begin = ends[k];
        }

        return shares;
    }

    // best[k][s]: the most naming the items from k on can score over the sentences from s on, each item taking at least one.
    private static int[] Cuts(int[][] naming, int items)
    {
        var n = naming.Length;
        var best = new int[items + 1][];
        var cut = new int[items + 1][];
        for (var k = items; k >= 0; k--)
        {
            best[k] = Enumerable.Repeat(int.MinValue, n + 1).ToArray();
            cut[k] = new int[n + 1];
        }

        best[items][n] = 0;
        for (var k = items - 1; k >= 0; k--)
        {
            for (var s = n - (items - k); s >= 0; s--)
            {
                var score = 0;
                for (var e = s + 1; e <= n - (items - k - 1); e++)
                {
                    score += naming[e - 1][k];
                    if (best[k + 1][e] != int.MinValue && score + best[k + 1][e] > best[k][s])
                    {
                        best[k][s] = score + best[k + 1][e];
                        cut[k][s] = e;
                    }
                }
            }
        }

        var ends = new int[items];
        for (int k = 0, s = 0; k < items; k++)
        {
            ends[k] = cut[k][s];
            s = ends[k];
        }

        return ends;
    }

    [GeneratedRegex(@"(?<=[a-z0-9%)][.!?])\s+(?=[A-Z])")]
    private static partial Regex SentenceBreak();
}
