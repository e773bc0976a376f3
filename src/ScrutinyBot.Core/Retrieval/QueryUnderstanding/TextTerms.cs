using System.Text;

namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>Splits text into lower-case word tokens and reduces them to a light stem, so a question's words
/// and a passage's words can be compared ("recommendations" ~ "recommendation", "chaired" ~ "chair").</summary>
public static class TextTerms
{
    /// <summary>Lower-case tokens of letters and digits (keeping inner '.', ',' of numbers, '%' and '&amp;' joins). An
    /// initialism's plural is its letters: "HMIs", "KPIs", "GPs" are "hmi", "kpi", "gp", as the singular is written.</summary>
    public static IReadOnlyList<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                start = current.Length == 0 ? i : start;
                current.Append(char.ToLowerInvariant(c));
                continue;
            }

            var next = i + 1 < text.Length ? text[i + 1] : ' ';
            var inner = current.Length > 0 && char.IsLetterOrDigit(next);
            if (inner && c is '\'' or '\u2019' && char.IsLetter(next) && !(next is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]))))
            {
                current.Append('\'');
                continue;
            }

            if (inner && c is '.' or ',' && char.IsDigit(current[^1]) && char.IsDigit(next))
            {
                current.Append(c);
                continue;
            }

            Flush(tokens, current, text.AsSpan(start, i - start));
        }

        Flush(tokens, current, text.AsSpan(start));
        return tokens;
    }

    /// <summary>The content terms of a question: tokens that are not stop words, stemmed, in order, distinct.</summary>
    public static IReadOnlyList<string> ContentStems(string text) =>
        Tokenize(text).Where(t => !StopWords.Contains(t)).Select(Stem).Where(s => s.Length > 1 || char.IsDigit(s[0])).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>A light English stem: plural, possessive, -ing, -ed, -ly, -ation endings folded, irregular past forms
    /// read as their verb (<see cref="IrregularVerbs"/>).</summary>
    public static string Stem(string token)
    {
        var w = (IsInitialismPlural(token.AsSpan()) ? token[..^1] : token).ToLowerInvariant();
        w = IrregularVerbs.BaseOf(w) ?? w;
        if (w.Length <= 3 || char.IsDigit(w[0]))
        {
            return w;
        }

        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            w = w[..^3] + "y";
        }
        else if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        foreach (var suffix in Suffixes)
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal) && IsStem(w[..^suffix.Length], suffix))
            {
                w = w[..^suffix.Length];
                break;
            }

            if (w.EndsWith(suffix, StringComparison.Ordinal) && LostItsE(w[..^suffix.Length], suffix))
            {
                // "voted", "voting" are "vote"; "named" is "name".
                w = w[..^suffix.Length] + "e";
                break;
            }
        }

        if (w.Length > 4 && w[^1] == w[^2] && !"lsz".Contains(w[^1], StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        return w.EndsWith('e') && w.Length > 4 ? w[..^1] : w;
    }

    /// <summary>"HMIs", "KPIs", "GPs": capitals and a small "s", the plural of an initialism.</summary>
    public static bool IsInitialismPlural(ReadOnlySpan<char> word) =>
        word.Length >= 3 && word[^1] == 's' && word[..^1].ContainsAnyExcept(AsciiCapitals) is false;

    private static readonly System.Buffers.SearchValues<char> AsciiCapitals = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>Endings come off leaving four letters or more; a verb ending also leaves three that end in two
    /// consonants ("adding" is "add", "asked" is "ask"); "coming" and "named" are "come" and "name" (<see cref="LostItsE"/>).</summary>
    private static bool IsStem(string rest, string suffix) =>
        rest.Length >= 4 || (rest.Length == 3 && suffix is "ing" or "ed" && !IsVowel(rest[1]) && !IsVowel(rest[2]));

    /// <summary>A short verb that drops its "e" before the ending: consonant, vowel, consonant ("vot-ed", "nam-ing").</summary>
    private static bool LostItsE(string rest, string suffix) =>
        rest.Length == 3 && suffix is "ing" or "ed" && !IsVowel(rest[0]) && IsVowel(rest[1]) && !IsVowel(rest[2]) && !"wxy".Contains(rest[2], StringComparison.Ordinal);

    private static bool IsVowel(char c) => "aeiouy".Contains(c, StringComparison.Ordinal);

    private static readonly string[] Suffixes = ["ations", "ation", "ments", "ment", "ingly", "ings", "ing", "edly", "ed", "ly", "er", "ion"];

    /// <param name="written">The token as the text writes it: an initialism's plural is kept as its letters.</param>
    private static void Flush(List<string> tokens, StringBuilder current, ReadOnlySpan<char> written)
    {
        if (current.Length > 0)
        {
            if (IsInitialismPlural(written))
            {
                current.Length--;
            }

            tokens.Add(current.ToString().Trim('\'', ',', '.'));
            current.Clear();
        }
    }
}
