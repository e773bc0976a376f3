using System.Globalization;

namespace ScrutinyBot.Core.Extraction.Text;

/// <summary>Turns SHOUTED headings ("WORK PROGRAMME") into title case; leaves mixed-case text alone.</summary>
internal static class TitleCase
{
    private static readonly HashSet<string> Small = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with",
    };

    public static string FromShouting(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        if (letters.Count < 4 || letters.Count(char.IsUpper) < letters.Count * 0.8)
        {
            return text;
        }

        var words = text.ToLowerInvariant().Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (w.Length == 0 || (i > 0 && Small.Contains(w)))
            {
                continue;
            }

            words[i] = IsAcronym(text, w) ? w.ToUpperInvariant() : char.ToUpper(w[0], CultureInfo.InvariantCulture) + w[1..];
        }

        return string.Join(' ', words);
    }

    private static bool IsAcronym(string original, string word) =>
        word.Length <= 4 && !word.Any(c => "aeiou".Contains(c)) && word.All(char.IsLetter)
        && original.Contains(word.ToUpperInvariant(), StringComparison.Ordinal);
}
