using System.Text;

namespace ScrutinyBot.Core.Retrieval.Sqlite;

/// <summary>Builds an FTS5 MATCH expression from user words safely: every term and phrase becomes a double-quoted
/// FTS5 string (quotes inside doubled), so no user text is read as FTS syntax (NEAR, AND, *, column filters...).</summary>
public static class FtsMatchExpression
{
    /// <summary>Quotes one term or phrase as an FTS5 string; null when nothing searchable is left.</summary>
    public static string? Quote(string text)
    {
        var cleaned = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            cleaned.Append(char.IsControl(c) ? ' ' : c);
        }

        var trimmed = cleaned.ToString().Trim();
        if (!trimmed.Any(char.IsLetterOrDigit))
        {
            return null;
        }

        return "\"" + trimmed.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>Any of the terms or phrases: "a" OR "b" OR "c d". Null when there is nothing to search for.</summary>
    public static string? AnyOf(IEnumerable<string> terms, IEnumerable<string> phrases)
    {
        var parts = terms.Concat(phrases)
            .Select(Quote)
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return parts.Count == 0 ? null : string.Join(" OR ", parts);
    }
}
