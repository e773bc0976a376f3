using System.Text.RegularExpressions;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Retrieval.Spelling;

/// <summary>Reads a question word that no chunk holds as the indexed word one typing slip away, so "what did the
/// monitoring vist look at?" searches for and must cover "visit". Only words typed in lower case and of four
/// letters or more are read again: a capitalised word names something ("Notts Police"), and an unknown name must
/// stay unknown so the answer can say the papers do not mention it. The exceptions are a county written short
/// ("Notts Police", or "notts police" when no chunk holds "notts") and a contraction ("Nottm City"), read as the name
/// the papers write in full more often.</summary>
public static partial class QuestionSpelling
{
    private const int MinLength = 4;

    public static async Task<QueryAnalysis> CorrectAsync(QueryAnalysis analysis, TermStatistics stats, IIndexVocabulary vocabulary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(stats);
        ArgumentNullException.ThrowIfNull(vocabulary);
        if (stats.ChunkCount == 0)
        {
            return analysis;
        }

        var lowerCaseWords = LowerCaseWord().Matches(analysis.Text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var readAs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var term in analysis.SearchTerms)
        {
            if (term.Length >= MinLength && lowerCaseWords.Contains(term) && !IsKnownWord(term) && stats.DocumentFrequencies.TryGetValue(term, out var df) && df == 0
                && await vocabulary.NearestTermAsync(term, cancellationToken).ConfigureAwait(false) is { } nearest)
            {
                readAs[term] = nearest;
            }
        }

        var text = analysis.Text;
        foreach (var shortForm in CountyShortForm().Matches(analysis.Text).Select(m => m.Value).Distinct(StringComparer.Ordinal))
        {
            var term = shortForm.ToLowerInvariant();
            // Typed in lower case ("notts police"), it is read so only when no chunk holds it: "plans" is a word.
            if ((char.IsUpper(shortForm[0]) || stats.DocumentFrequencies.GetValueOrDefault(term) == 0)
                && await vocabulary.CountyAsync(term, stats.DocumentFrequencies.GetValueOrDefault(term), cancellationToken).ConfigureAwait(false) is { } county)
            {
                // The county is a name the answer must hold (a key entity), so the question's text says it in full too.
                readAs[term] = county;
                text = Regex.Replace(text, $@"\b{shortForm}\b", char.ToUpperInvariant(county[0]) + county[1..]);
            }
        }

        foreach (var contraction in Contracted().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal))
        {
            var term = contraction.ToLowerInvariant();
            if (!readAs.ContainsKey(term) && !IsKnownWord(term) && stats.DocumentFrequencies.TryGetValue(term, out var chunks) && chunks == 0
                && await vocabulary.ContractionAsync(term, chunks, cancellationToken).ConfigureAwait(false) is { } word)
            {
                // Like a county, the place a contraction names is a key entity: the text says it in full.
                readAs[term] = word;
                text = Regex.Replace(text, $@"\b{contraction}\b", char.IsUpper(contraction[0]) ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            }
        }

        if (readAs.Count == 0)
        {
            return analysis;
        }

        var stems = readAs.ToDictionary(r => TextTerms.Stem(r.Key), r => TextTerms.Stem(r.Value), StringComparer.Ordinal);
        return analysis with
        {
            Text = text,
            SearchTerms = [.. analysis.SearchTerms.Select(t => readAs.GetValueOrDefault(t, t))],
            ContentStems = [.. analysis.ContentStems.Select(s => stems.GetValueOrDefault(s, s))],
            ContextStems = analysis.ContextStems.Select(s => stems.GetValueOrDefault(s, s)).ToHashSet(StringComparer.Ordinal),
        };
    }

    /// <summary>A word the question reading already knows ("kids" is "children", "recs" is "recommendations") or the
    /// language model holds whole ("polling"), which is no slip for another word.</summary>
    private static bool IsKnownWord(string term)
    {
        var stem = TextTerms.Stem(term);
        return Synonyms.For(stem).Count > 0 || ShortForms.Spelled(stem) is not null || ModelWords.Contains(term);
    }

    /// <summary>"Notts", "Herts", "warks": a word of four to nine letters ending in "s", as counties are written
    /// short.</summary>
    [GeneratedRegex(@"\b[A-Za-z][a-z]{2,7}s\b")]
    private static partial Regex CountyShortForm();

    /// <summary>"Nottm": three letters, then one to three consonants (<see cref="IndexedTerms.Contraction"/>).</summary>
    [GeneratedRegex(@"\b[A-Za-z][a-z]{2}[b-df-hj-np-tv-xz]{1,3}\b")]
    private static partial Regex Contracted();

    [GeneratedRegex(@"\b[a-z]+\b")]
    private static partial Regex LowerCaseWord();
}
