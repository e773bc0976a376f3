using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Answering.Facts;

/// <summary>Finds the recommendations a question's topic words name, best match first.</summary>
public static class RecommendationTopics
{
    /// <summary>Share of the topic words a recommendation's topic and text must hold to count as named.</summary>
    public const double MinCoverage = 0.6;

    /// <param name="stems">The fact set's cached stems; none given, each recommendation is stemmed afresh.</param>
    public static IReadOnlyList<Recommendation> Matching(FactSet facts, IReadOnlyList<string> topicStems, int take, double minCoverage = MinCoverage, FactStems? stems = null)
    {
        stems ??= FactStems.Uncached;
        var weights = topicStems.ToDictionary(s => s, _ => 1.0);
        return facts.Facts.Recommendations
            .Select(r => (Rec: r, Coverage: CoverageCalculator.Coverage(weights, stems.Of(r, TopicText))))
            .Where(x => x.Coverage >= minCoverage)
            .OrderByDescending(x => x.Coverage)
            .ThenByDescending(x => x.Rec.MeetingDate)
            .Take(take)
            .Select(x => x.Rec)
            .ToList();
    }

    private static string TopicText(Recommendation recommendation) => $"{recommendation.Topic} {recommendation.Text}";
}
