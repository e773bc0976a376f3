using System.Globalization;
using System.Text;

namespace ScrutinyBot.Core.Retrieval.FullText;

/// <summary>Splits text into search tokens as SQLite's FTS5 "porter unicode61 remove_diacritics 2" tokenizer does:
/// letters, digits and private-use characters make tokens, everything else separates them; tokens are lower-cased,
/// lose their accents and are stemmed by <see cref="PorterStemmer"/>.</summary>
public static class FullTextTokenizer
{
    /// <summary>The stemmed tokens of <paramref name="text"/>, in order.</summary>
    public static List<string> Tokens(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var token = new StringBuilder();
        foreach (var c in text)
        {
            if (IsTokenCharacter(c))
            {
                Fold(c, token);
            }
            else if (token.Length > 0)
            {
                tokens.Add(PorterStemmer.Stem(token.ToString()));
                token.Clear();
            }
        }

        if (token.Length > 0)
        {
            tokens.Add(PorterStemmer.Stem(token.ToString()));
        }

        return tokens;
    }

    private static bool IsTokenCharacter(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        UnicodeCategory.PrivateUse => true,
        _ => false,
    };

    private static void Fold(char c, StringBuilder token)
    {
        if (c < 128)
        {
            token.Append(char.ToLowerInvariant(c));
            return;
        }

        foreach (var part in char.ToString(c).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
            {
                token.Append(char.ToLowerInvariant(part));
            }
        }
    }
}
