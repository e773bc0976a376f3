namespace ScrutinyBot.Core.Retrieval;

/// <summary>Picks the words and phrases a search matches on: the question's own words before their synonyms, the rarest
/// first, while together they select no more than a share of the index. A full-text search scores every chunk any of
/// its words is in, so a word found in a fifth of the papers costs a fifth of the index yet tells little apart; leaving
/// such words to the re-ranking (which still weighs them) keeps the cost of a search to that of its telling words,
/// whatever the size of the index.</summary>
public static class SearchTermSelector
{
    /// <summary>The share of the index the chosen words may select together (their document frequencies summed).</summary>
    public const double MatchShare = 0.4;

    /// <summary>Below this many chunks every word is searched: scoring them all costs nothing.</summary>
    private const int SmallIndex = 20;

    /// <summary>The words and phrases to match. The rarest of the question's own is always kept, so a question made
    /// only of common words still searches; words the statistics do not know are kept (nothing says they are common).</summary>
    /// <param name="own">The question's words and phrases.</param>
    /// <param name="synonyms">Other ways of writing them, searched only as far as the share left allows.</param>
    public static SearchWords Select(SearchWords own, SearchWords synonyms, TermStatistics stats, double share = MatchShare)
    {
        ArgumentNullException.ThrowIfNull(own);
        ArgumentNullException.ThrowIfNull(synonyms);
        ArgumentNullException.ThrowIfNull(stats);
        var budget = stats.ChunkCount <= SmallIndex ? double.PositiveInfinity : stats.ChunkCount * share;
        var chosen = new List<(string Text, bool Phrase)>();
        var spent = 0.0;
        foreach (var group in new[] { own, synonyms })
        {
            var candidates = group.Terms.Select(t => (Text: t, Phrase: false))
                .Concat(group.Phrases.Select(p => (Text: p, Phrase: true)))
                .Where(c => !chosen.Exists(x => string.Equals(x.Text, c.Text, StringComparison.OrdinalIgnoreCase)))
                .DistinctBy(c => c.Text, StringComparer.OrdinalIgnoreCase)
                .OrderBy(c => stats.DocumentFrequencies.GetValueOrDefault(c.Text));
            foreach (var candidate in candidates)
            {
                var df = stats.DocumentFrequencies.GetValueOrDefault(candidate.Text);
                if (chosen.Count > 0 && spent + df > budget)
                {
                    break;
                }

                spent += df;
                chosen.Add(candidate);
            }
        }

        return new SearchWords([.. chosen.Where(c => !c.Phrase).Select(c => c.Text)], [.. chosen.Where(c => c.Phrase).Select(c => c.Text)]);
    }
}
