using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Extraction.Recommendations;

namespace ScrutinyBot.Core.Retrieval.Facts;

/// <summary>
/// One recommendation appears in several papers: the minutes that made it, then each month's tracker, until the
/// response comes. Of the copies in different papers (same meeting, same committee, most words in common either way)
/// only the one that knows most is kept: a response over none, a full response over a partial one, then the paper
/// ingested last. So a recommendation answered in this month's tracker is not listed as overdue from the minutes or
/// from last month's tracker. Copies within one paper are different recommendations and are all kept.
/// </summary>
internal static class RepeatedRecommendations
{
    /// <summary>A meeting's recommendations are compared pairwise only up to this many; beyond it, only copies worded
    /// exactly alike are found, so the cost stays bounded however many papers repeat a meeting.</summary>
    private const int MaxCompared = 400;

    public static IReadOnlyList<Recommendation> Latest(IReadOnlyList<Recommendation> all, Func<string, DateTimeOffset> ingestedAt)
    {
        var dropped = new HashSet<Recommendation>(ReferenceEqualityComparer.Instance);
        foreach (var meeting in all.GroupBy(r => (r.MeetingDate, Committee: (r.Committee ?? string.Empty).ToUpperInvariant())))
        {
            var copies = meeting.ToList();
            if (copies.Select(r => r.Source).Distinct(StringComparer.OrdinalIgnoreCase).Count() < 2)
            {
                continue;
            }

            if (copies.Count > MaxCompared)
            {
                // Worded exactly alike: the best-informed copy of each wording is kept.
                foreach (var wording in copies.GroupBy(r => r.Text, StringComparer.OrdinalIgnoreCase))
                {
                    DropAllButBest([.. wording], ingestedAt, dropped);
                }

                continue;
            }

            var words = copies.Select(r => RecommendationWords.Of(r.Text)).ToList();
            for (var i = 0; i < copies.Count; i++)
            {
                for (var j = 0; j < copies.Count; j++)
                {
                    var (a, b) = (copies[i], copies[j]);
                    if (i != j && !string.Equals(a.Source, b.Source, StringComparison.OrdinalIgnoreCase)
                        && RecommendationWords.Share(words[i], words[j]) >= RecommendationWords.Same
                        && RecommendationWords.Share(words[j], words[i]) >= RecommendationWords.Same
                        && Knows(b, ingestedAt).CompareTo(Knows(a, ingestedAt)) > 0)
                    {
                        dropped.Add(a);
                        break;
                    }
                }
            }
        }

        return dropped.Count == 0 ? all : [.. all.Where(r => !dropped.Contains(r))];
    }

    private static void DropAllButBest(List<Recommendation> same, Func<string, DateTimeOffset> ingestedAt, HashSet<Recommendation> dropped)
    {
        if (same.Select(r => r.Source).Distinct(StringComparer.OrdinalIgnoreCase).Count() < 2)
        {
            return;
        }

        var best = same.MaxBy(r => Knows(r, ingestedAt))!;
        // Copies within the best copy's own paper are different recommendations worded alike, and stay.
        dropped.UnionWith(same.Where(r => !string.Equals(r.Source, best.Source, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>How much a copy knows, in order: its response, then how recently its paper came in, then its paper's
    /// name (so of two equal copies one is kept, the same one every time).</summary>
    private static (int Response, DateTimeOffset Ingested, string Source) Knows(Recommendation r, Func<string, DateTimeOffset> ingestedAt) =>
        (r.ResponseStatus switch { ResponseStatus.Responded => 2, ResponseStatus.Partial => 1, _ => 0 }, ingestedAt(r.Source), r.Source);
}
