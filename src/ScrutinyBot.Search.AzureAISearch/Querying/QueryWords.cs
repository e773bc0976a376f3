using System.Text;

namespace ScrutinyBot.Search.AzureAISearch.Querying;

/// <summary>The words of user text for the simple query syntax: runs of letters and digits only, so nothing a user
/// types (quotes, +, -, |, *, ~, parentheses, backslashes, field names) is read as an operator; a possessive 's is
/// dropped, as the English analyzer does.</summary>
internal static class QueryWords
{
    public static IReadOnlyList<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }

            Flush();
            if (c is '\'' or '\u2019' && i + 1 < text.Length && text[i + 1] is 's' or 'S' && (i + 2 == text.Length || !char.IsLetterOrDigit(text[i + 2])))
            {
                i++;
            }
        }

        Flush();
        return words;

        void Flush()
        {
            if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
    }

    /// <summary>One word as itself, several as a quoted phrase; null when the text has no words.</summary>
    public static string? Clause(string text)
    {
        var words = Of(text);
        return words.Count switch
        {
            0 => null,
            1 => words[0],
            _ => "\"" + string.Join(' ', words) + "\"",
        };
    }
}
