using ScrutinyBot.Core.Retrieval;

namespace ScrutinyBot.Core.Answering.Facts;

/// <summary>Finds the facts (recommendations, resolutions) whose text holds a question's topic words, best match
/// first, the latest meeting first among equals.</summary>
public static class FactTopics
{
    /// <param name="textOf">The words a fact is matched on (its topic or item and its text).</param>
    /// <param name="minCoverage">Share of the topic words the fact's text must hold to count as named.</param>
    /// <param name="stems">The fact set's cached stems.</param>
    /// <param name="all">The whole list <paramref name="facts"/> are drawn from: given, only the facts its inverted
    /// index says may reach <paramref name="minCoverage"/> are compared (the same result, found without comparing
    /// every fact).</param>
    public static List<T> Matching<T>(
        IEnumerable<T> facts,
        IReadOnlyList<string> topicStems,
        Func<T, string> textOf,
        Func<T, DateOnly> dateOf,
        double minCoverage,
        FactStems stems,
        IReadOnlyList<T>? all = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(stems);
        var weights = topicStems.ToDictionary(s => s, _ => 1.0);
        if (all is not null && stems.Postings(all, textOf)?.Candidates(topicStems, minCoverage) is { } candidates)
        {
            facts = facts.Where(candidates.Contains);
        }

        return facts
            .Select(f => (Fact: f, Coverage: CoverageCalculator.Coverage(weights, stems.Of(f, textOf))))
            .Where(x => x.Coverage >= minCoverage)
            .OrderByDescending(x => x.Coverage)
            .ThenByDescending(x => dateOf(x.Fact))
            .Select(x => x.Fact)
            .ToList();
    }
}
