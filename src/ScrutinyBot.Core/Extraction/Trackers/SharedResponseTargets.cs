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

    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "that", "this", "with", "from", "have", "been", "will", "would", "their", "there", "which", "what", "when",
        "where", "into", "also", "more", "further", "information", "provided", "provide", "request", "requested",
        "report", "reports", "committee", "council", "meeting", "meetings", "member", "members", "work", "done",
        "ensure", "city", "children", "young", "people", "service", "services", "update", "updated", "consider",
        "considered", "recommend", "recommends", "recommendation", "recommendations", "action", "actions",
        "response", "discuss", "discussion", "future", "including", "within", "around", "about", "being",
    };

    public static IReadOnlySet<int> Find(IReadOnlyList<TrackerItem> items, string response, string trackerText)
    {
        var all = items.Select(i => i.Number).ToHashSet();
        if (items.Count < 2 || Sentences(response) >= items.Count)
        {
            return all;
        }

        var counts = Words(trackerText).GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var responseWords = Words(response).ToHashSet(StringComparer.Ordinal);
        var itemWords = items.ToDictionary(i => i.Number, i => Words(i.Text).ToHashSet(StringComparer.Ordinal));
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

    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant())
            .Select(m => m.Value.EndsWith('s') && m.Value.Length > 4 ? m.Value[..^1] : m.Value)
            .Where(w => !Generic.Contains(w) && !Generic.Contains(w + "s"));

    private static int Sentences(string text) =>
        SentenceBreak().Split(text).Count(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3);

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z0-9])")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"[a-z]{4,}")]
    private static partial Regex WordPattern();
}
