using System.Globalization;
using System.Text;

namespace ScrutinyBot.Core.Tests.Ingestion.Readers.Agreement;

/// <summary>Splits text into comparable word tokens: compatibility-normalised (ligatures expanded), lowercase,
/// punctuation stripped, empty tokens dropped.</summary>
internal static class WordTokens
{
    public static List<string> Of(string text)
    {
        var tokens = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(c))
            {
                Flush(word, tokens);
            }
            else if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
        }

        Flush(word, tokens);
        return tokens;
    }

    private static void Flush(StringBuilder word, List<string> tokens)
    {
        if (word.Length > 0)
        {
            tokens.Add(word.ToString());
            word.Clear();
        }
    }
}
