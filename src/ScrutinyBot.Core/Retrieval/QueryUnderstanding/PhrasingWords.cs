using System.Text.RegularExpressions;

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
        return terms.Count > 0 && (terms.All(t => IsUnseenWord(analysis, t, stats)) || terms.Any(t => OfAnIdiom(analysis, t, stats)));
    }

    private static bool IsUnseenWord(QueryAnalysis analysis, string term, TermStatistics stats) =>
        stats.IsUnseen(term) && Synonyms.For(TextTerms.Stem(term)).Count == 0 && ShortForms.Spelled(TextTerms.Stem(term)) is null && !WrittenAsName(analysis.Text, term);

    /// <summary>"Rule of thumb", "state of play": a word joined by "of" to a phrasing word is the same saying, not a
    /// word the papers must hold ("rule" would find fiscal rules).</summary>
    private static bool OfAnIdiom(QueryAnalysis analysis, string term, TermStatistics stats)
    {
        var match = Regex.Match(analysis.Text, $@"\b{Regex.Escape(term)}\s+of\s+(?<next>[a-z]+)\b", RegexOptions.IgnoreCase);
        var next = match.Groups["next"].Value.ToLowerInvariant();
        return match.Success && analysis.SearchTerms.Contains(next) && IsUnseenWord(analysis, next, stats);
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
