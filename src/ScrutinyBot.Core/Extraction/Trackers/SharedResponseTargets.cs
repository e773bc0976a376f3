using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Extraction.Trackers;

/// <summary>
/// Decides which recommendations of a tracker row an un-numbered response answers. A response that names what it
/// answers ("Further information on the formula was emailed...") answers only the recommendations it shares a
/// distinctive word with; the others have no response. A response that names none of them, or says more than one
/// thing per recommendation, answers them all.
/// </summary>
internal static partial class SharedResponseTargets
{
    // A word counts as naming a recommendation only when it is rare in the tracker as a whole.
    private const int RareOccurrences = 4;

    public static IReadOnlySet<int> Find(IReadOnlyList<TrackerItem> items, string response, string trackerText)
    {
        var all = items.Select(i => i.Number).ToHashSet();
        if (items.Count < 2 || Sentences(response) >= items.Count)
        {
            return all;
        }

        var counts = TrackerWords.Words(trackerText).GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var responseWords = TrackerWords.Words(response).ToHashSet(StringComparer.Ordinal);
        var itemWords = items.ToDictionary(i => i.Number, i => TrackerWords.Words(i.Text).ToHashSet(StringComparer.Ordinal));
        var named = new HashSet<int>();
        foreach (var item in items)
        {
            var others = itemWords.Where(kv => kv.Key != item.Number).SelectMany(kv => kv.Value).ToHashSet(StringComparer.Ordinal);
            var distinctive = itemWords[item.Number].Where(w => !others.Contains(w) && counts.GetValueOrDefault(w) <= RareOccurrences);
            if (distinctive.Any(responseWords.Contains))
            {
                named.Add(item.Number);
            }
        }

        return named.Count > 0 ? named : all;
    }

    private static int Sentences(string text) =>
        SentenceBreak().Split(text).Count(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3);

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z0-9])")]
    private static partial Regex SentenceBreak();
}
