using System.Text;

namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>Normalises a PDF line's characters: ligatures (ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ) become their letters, bullet shapes
/// (▪ ■ ● ◦ ○ ➢ ➤ ►) become "•", and so do, where a bullet goes (opening the line or a cell), a Symbol or Wingdings
/// private-use glyph (U+F000 to U+F0FF) and a lone "o" (Word's second-level bullet).</summary>
internal static class TextNormaliser
{
    public static string Line(string line)
    {
        var text = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            switch (c)
            {
                case '\uFB00': text.Append("ff"); break;
                case '\uFB01': text.Append("fi"); break;
                case '\uFB02': text.Append("fl"); break;
                case '\uFB03': text.Append("ffi"); break;
                case '\uFB04': text.Append("ffl"); break;
                case '\uFB05' or '\uFB06': text.Append("st"); break;
                case '▪' or '■' or '●' or '◦' or '○' or '➢' or '➤' or '►': text.Append('•'); break;
                default: text.Append(c); break;
            }
        }

        return LeadingBullets(text);
    }

    private static string LeadingBullets(StringBuilder text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var opens = i == 0 || text[i - 1] == '\t';
            var alone = i + 1 == text.Length || text[i + 1] is ' ' or '\t';
            if (opens && alone && (text[i] is >= '\uF000' and <= '\uF0FF' || (text[i] == 'o' && i + 1 < text.Length)))
            {
                text[i] = '•';
            }
        }

        return text.ToString();
    }
}
