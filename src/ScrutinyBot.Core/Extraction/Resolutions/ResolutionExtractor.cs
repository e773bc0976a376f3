using System.Text.RegularExpressions;
using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction.Blocks;
using ScrutinyBot.Core.Extraction.Minutes;

namespace ScrutinyBot.Core.Extraction.Resolutions;

/// <summary>
/// Extracts the resolutions of a set of minutes, item by item: the explicit "RESOLVED" blocks of an item, or where
/// an item has none, its decisions minuted in prose. Apologies and declarations of interest carry no resolutions.
/// </summary>
public sealed partial class ResolutionExtractor
{
    /// <summary>The resolutions, each with the words over the list it is an item of (for
    /// <see cref="Recommendations.MinutesRecommendationExtractor"/>).</summary>
    internal IReadOnlyList<MinutedDecision> Read(PartContext context)
    {
        if (context.Part.Kind != PartKind.Minutes || context.MeetingDate is not { } date)
        {
            return [];
        }

        var lines = context.Lines;
        var items = MinuteItemReader.Read(lines);
        // Decisions before the first item (the election of a chair for the meeting) belong to no item.
        IEnumerable<(string? Number, string? Title, int From, int To)> ranges = items.Count > 0
            ? items.Select(it => ((string?)it.Number, (string?)it.Title, it.HeadingIndex + 1, it.EndIndex)).Prepend((null, null, 0, items[0].HeadingIndex))
            : [(null, null, 0, lines.Count)];
        var resolutions = new List<MinutedDecision>();
        foreach (var (number, title, from, to) in ranges)
        {
            if (title is not null && NoDecisions().IsMatch(title))
            {
                continue;
            }

            var blocks = BlockReader.Read(lines, from, to);
            var texts = ResolvedBlockReader.Read(blocks).Concat(CarriedProposalReader.Read(blocks)).OrderBy(t => t.LineIndex).ToList();
            if (texts.Count == 0)
            {
                texts = [.. DecisionSentenceReader.Read(blocks)];
            }

            resolutions.AddRange(texts.Select(t => new MinutedDecision(
                new Resolution(context.Source, context.Committee, date, number, t.Reference, title, t.Text, context.EvidenceAt(t.LineIndex)), t.Lead)));
        }

        return resolutions;
    }

    [GeneratedRegex(@"^(?:apologies|declarations?\s+of\s+interests?|declarations?\b|membership\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NoDecisions();
}
