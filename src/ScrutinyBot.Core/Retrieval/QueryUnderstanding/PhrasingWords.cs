namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>Lower-case words the papers never use and nothing stands in for ("pencilled in", "subbed"): how the
/// question is put, not what the papers say. A name is kept whole ("Derby", "ANPR"): papers that never name it do not
/// answer the question.</summary>
public static class PhrasingWords
{
    /// <summary>The content stems of the analysis that are phrasing, judged by the store's term statistics.</summary>
    public static IReadOnlySet<string> Of(QueryAnalysis analysis, TermStatistics stats) =>
        analysis.ContentStems.Where(stem => IsPhrasing(analysis, stem, stats)).ToHashSet(StringComparer.Ordinal);

    public static bool IsPhrasing(QueryAnalysis analysis, string stem, TermStatistics stats)
    {
        var terms = analysis.SearchTerms.Where(t => TextTerms.Stem(t) == stem).ToList();
        return terms.Count > 0 && terms.All(stats.IsUnseen) && Synonyms.For(stem).Count == 0 && ShortForms.Spelled(stem) is null
            && !terms.Any(t => WrittenAsName(analysis.Text, t));
    }

    private static bool WrittenAsName(string text, string term)
    {
        for (var at = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            // An initialism's plural is written with its letters ("HMIs" for the term "hmi").
            var end = at + term.Length < text.Length && TextTerms.IsInitialismPlural(text.AsSpan(at, term.Length + 1)) ? at + term.Length + 1 : at + term.Length;
            var whole = !char.IsLetterOrDigit(text[at - (at > 0 ? 1 : 0)]) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
            if (at > 0 && whole && char.IsUpper(text[at]))
            {
                return true;
            }
        }

        return false;
    }
}
