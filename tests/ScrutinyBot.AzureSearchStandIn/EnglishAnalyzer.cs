using System.Text.RegularExpressions;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.StandIns.AzureSearch;

/// <summary>Stands in for the en.lucene analyzer: lower case, possessive 's dropped, words of letters and digits,
/// each reduced to a stem (the bot's light English stemmer, not Lucene's Porter stemmer).</summary>
internal static partial class EnglishAnalyzer
{
    public static IReadOnlyList<string> Analyze(string? text) =>
        string.IsNullOrEmpty(text) ? [] : [.. TextTerms.Tokenize(Possessive().Replace(text, string.Empty)).Select(TextTerms.Stem)];

    [GeneratedRegex(@"['\u2019][sS]\b")]
    private static partial Regex Possessive();
}
