using System.Globalization;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Extraction.Resolutions;
using ScrutinyBot.Core.Ingestion;

namespace ScrutinyBot.Core.Extraction.Recommendations;

/// <summary>
/// Recommendations to the executive that a committee writes in its minutes, not in a tracker: each resolution
/// addressed to the executive (<see cref="ExecutiveAddressee"/>), and each item of a list a resolution introduces as
/// recommendations to it ("That the Commission makes the following recommendations to the Mayor and Cabinet: (a) …").
/// Issued at the meeting, due the statutory period after it, with no response yet: a tracker that later records the
/// response is the better record (<see cref="WithoutTrackerRepeats"/>).
/// </summary>
public sealed class MinutesRecommendationExtractor(IOptions<IngestionOptions> options)
{
    internal IReadOnlyList<Recommendation> Extract(PartContext context, IReadOnlyList<MinutedDecision> decisions)
    {
        if (decisions.Count == 0 || ExecutiveAddressee.IsExecutiveMeeting(context.Committee))
        {
            return [];
        }

        var months = options.Value.ResponsePeriodMonths;
        var found = new List<Recommendation>();
        foreach (var (resolution, lead) in decisions)
        {
            // A decision that only introduces the list below it ("… made the following recommendations to the
            // Cabinet:") is not itself one; its items are.
            var introduces = DecisionText.EndsInColon(resolution.Text);
            if (introduces || !(ExecutiveAddressee.Addresses(resolution.Text) || (lead is not null && ExecutiveAddressee.IntroducesRecommendationsTo(lead))))
            {
                continue;
            }

            var meeting = resolution.MeetingDate;
            var number = resolution.Reference ?? (found.Count + 1).ToString(CultureInfo.InvariantCulture);
            found.Add(new Recommendation(
                resolution.Source, resolution.Committee, meeting, resolution.Item, number, resolution.Text, null,
                meeting, meeting.AddMonths(months), ResponseStatus.None, null, resolution.Evidence));
        }

        return found;
    }

    /// <summary>The minutes' recommendations that a tracker of the same paper does not already hold (same meeting,
    /// and most of the minutes' words): the tracker carries the response.</summary>
    internal static IEnumerable<Recommendation> WithoutTrackerRepeats(IReadOnlyList<Recommendation> minuted, IReadOnlyList<Recommendation> tracked) =>
        minuted.Where(m => !tracked.Any(t => t.MeetingDate == m.MeetingDate && RecommendationWords.Share(m.Text, t.Text) >= RecommendationWords.Same));
}
