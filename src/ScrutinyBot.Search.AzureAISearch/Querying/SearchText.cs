namespace ScrutinyBot.Search.AzureAISearch.Querying;

/// <summary>The search text of a query in the simple syntax, read with searchMode any: each term (a word, or a quoted
/// phrase when a term has several words) and each phrase (always quoted); any may match, more matches score higher.</summary>
internal static class SearchText
{
    /// <returns>The text to search for, or null when the terms and phrases hold no words.</returns>
    public static string? For(IReadOnlyList<string> terms, IReadOnlyList<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(phrases);
        var clauses = terms.Select(QueryWords.Clause)
            .Concat(phrases.Select(Phrase))
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return clauses.Count == 0 ? null : string.Join(' ', clauses);
    }

    private static string? Phrase(string phrase)
    {
        var words = QueryWords.Of(phrase);
        return words.Count == 0 ? null : "\"" + string.Join(' ', words) + "\"";
    }
}
