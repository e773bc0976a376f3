using System.Globalization;
using System.Text.RegularExpressions;
using ScrutinyBot.Core.Extraction.Blocks;
using ScrutinyBot.Core.Extraction.Resolutions;
using ScrutinyBot.Core.Extraction.Text;

namespace ScrutinyBot.Core.Extraction.Minutes;

/// <summary>
/// Finds the numbered items of minutes ("20 Apologies for Absence", "5 PARTNERSHIP PROGRESS IN ...", "Minute 23. Budget",
/// "20/45 Village Hall roof", "CAB 12 Budget", "Item 5: Budget", "Cou/285/07-08 Apologies"). Numbered paragraphs and lists inside items ("1. Mr X introduced the report",
/// "3. RESOLVED that") look the same, so of all numbered lines the items are the chain whose numbers rise in small
/// steps down the page and whose titles read most like headings.
/// </summary>
internal static partial class MinuteItemReader
{
    private const int MaxStep = 4;
    private const int MinTrustedChain = 3;

    public static IReadOnlyList<MinuteItem> Read(IReadOnlyList<SourceLine> lines)
    {
        var candidates = Candidates(lines);
        var chain = WithItemsTakenOutOfOrder(BestChain(candidates), candidates);
        if (chain.Count < MinTrustedChain && UnnumberedItemReader.Read(lines) is { } unnumbered && unnumbered.Count > chain.Count
            && (chain.Count == 0 || unnumbered.All(u => u.HeadingIndex < chain[0].Index)))
        {
            // Two "numbers" below minutes that number nothing may be a table's dates ("05/11/24 Motion - Period
            // Dignity"): titles standing alone over prose, more of them and all above those, are the items.
            return unnumbered;
        }

        var items = new List<MinuteItem>();
        for (var h = 0; h < chain.Count; h++)
        {
            var end = h + 1 < chain.Count ? chain[h + 1].Index : lines.Count;
            items.Add(new MinuteItem(chain[h].Label, TitleCase.FromShouting(chain[h].Title), chain[h].Index, end));
        }

        return items;
    }

    private static List<Candidate> Candidates(IReadOnlyList<SourceLine> lines)
    {
        var candidates = new List<Candidate>();
        for (var i = 0; i < lines.Count; i++)
        {
            var m = Heading().Match(lines[i].Plain);
            if (!m.Success)
            {
                continue;
            }

            // "47 HOMELESSNESS STRATEGY (00:05:00)": a webcast's timestamp is not part of the item's title.
            var title = WebcastTime().Replace(m.Groups["t"].Value, string.Empty).Trim();
            if (!LooksLikeTitle(title))
            {
                continue;
            }

            // "20/45" and "45/24" number items by year and sequence in either order: each reading is a candidate.
            var weight = BlockReader.LooksLikeHeading(title) ? 1.0 : 0.3;
            foreach (var group in new[] { "a", "b" }.Where(g => m.Groups[g].Success))
            {
                var number = int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
                candidates.Add(new Candidate(i, number, m.Groups["label"].Value, title, weight));
            }
        }

        return candidates;
    }

    /// <summary>The heaviest chain of candidates whose numbers rise by 1 to <see cref="MaxStep"/> from one to the next.</summary>
    private static List<Candidate> BestChain(List<Candidate> candidates)
    {
        var score = new double[candidates.Count];
        var previous = new int[candidates.Count];
        var best = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            score[i] = candidates[i].Weight;
            previous[i] = -1;
            for (var j = i - 1; j >= 0; j--)
            {
                var step = candidates[i].Number - candidates[j].Number;
                if (candidates[j].Index < candidates[i].Index && step is >= 1 and <= MaxStep && score[j] + candidates[i].Weight > score[i])
                {
                    score[i] = score[j] + candidates[i].Weight;
                    previous[i] = j;
                }
            }

            if (best < 0 || score[i] > score[best])
            {
                best = i;
            }
        }

        var chain = new List<Candidate>();
        for (var i = best; i >= 0; i = previous[i])
        {
            chain.Add(candidates[i]);
        }

        chain.Reverse();
        return chain;
    }

    /// <summary>The chain with the items a chair took out of order ("The Chair agreed to take item 5 before item 4"):
    /// a heading whose number the chain skips, inside the chain's range, is an item where it stands, not a line of the
    /// item above it.</summary>
    private static List<Candidate> WithItemsTakenOutOfOrder(List<Candidate> chain, List<Candidate> candidates)
    {
        if (chain.Count < 2)
        {
            return chain;
        }

        var numbers = chain.Select(c => c.Number).ToHashSet();
        var (low, high) = (chain[0].Number, chain[^1].Number);
        var moved = candidates
            .Where(c => c.Weight >= 1.0 && c.Number > low && c.Number < high && !numbers.Contains(c.Number))
            .GroupBy(c => c.Number)
            .Where(g => g.Count() == 1)
            .Select(g => g.Single())
            .ToList();
        return moved.Count == 0 ? chain : [.. chain.Concat(moved).OrderBy(c => c.Index)];
    }

    private static bool LooksLikeTitle(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words is >= 1 and <= 40 && !UkDateParser.StartsWithMonthName(title)
            && !(title.EndsWith('.') && words > 14) && !title.Contains('\t', StringComparison.Ordinal)
            && !DecisionTrigger.OpensWithDecisionWord(title);
    }

    private sealed record Candidate(int Index, int Number, string Label, string Title, double Weight);

    [GeneratedRegex(@"^(?:(?:Minute|Item|Agenda\s+Item)\s+(?:No\.?\s*)?)?(?<label>(?:(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*[\s/])[A-Z][A-Za-z]{0,4}[\s/]?)?(?<a>\d{1,4})(?:/(?<b>\d{1,4}))?(?:/\d{2,4}(?:-\d{2,4})?)?)[.:]?\s+(?:[-–]\s+)?(?<t>[A-Z'""‘“(].*)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"\s*\(\d{1,2}:\d{2}(?::\d{2})?\)\s*$")]
    private static partial Regex WebcastTime();
}
