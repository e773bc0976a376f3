using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Extraction.Trackers;

/// <summary>
/// The content words of tracker text that can tie a response to the recommendation it answers: words of four
/// letters or more that are not the vocabulary every recommendation and response shares ("further information",
/// "committee", "children"...), and their stems (the first six letters, so "disposals" meets "disposed").
/// </summary>
internal static partial class TrackerWords
{
    private const int StemLength = 6;

    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "that", "this", "with", "from", "have", "been", "will", "would", "their", "there", "which", "what", "when",
        "where", "into", "also", "more", "further", "information", "provided", "provide", "request", "requested",
        "report", "reports", "committee", "council", "meeting", "meetings", "member", "members", "work", "done",
        "ensure", "city", "children", "young", "people", "service", "services", "update", "updated", "consider",
        "considered", "recommend", "recommends", "recommendation", "recommendations", "action", "actions",
        "response", "discuss", "discussion", "future", "including", "within", "around", "about", "being",
    };

    /// <summary>Content words, lower case, a plural "s" dropped.</summary>
    public static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant())
            .Select(m => m.Value.EndsWith('s') && m.Value.Length > 4 ? m.Value[..^1] : m.Value)
            .Where(w => !Generic.Contains(w) && !Generic.Contains(w + "s"));

    /// <summary>The stems of the content words.</summary>
    public static HashSet<string> Stems(string text) =>
        Words(text).Select(w => w.Length > StemLength ? w[..StemLength] : w).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"[a-z]{4,}")]
    private static partial Regex WordPattern();
}
