using System.Text;

namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>Normalises a PDF line's characters: ligatures (ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ) become their letters, and the bullets
/// word processors print (Symbol and Wingdings private-use glyphs, ▪ ■ ● ◦ ➢ ✓ and a lone "o") become "•".</summary>
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
                case >= '\uF000' and <= '\uF0FF': text.Append('•'); break;
                case '▪' or '■' or '●' or '◦' or '○' or '➢' or '➤' or '►': text.Append('•'); break;
                default: text.Append(c); break;
            }
        }

        return LoneO(text);
    }

    /// <summary>A line (or cell) starting with a lone lowercase "o" followed by a space or tab is an "o" bullet.</summary>
    private static string LoneO(StringBuilder text)
    {
        for (var i = 0; i < text.Length - 2; i++)
        {
            if (text[i] == 'o' && (i == 0 || text[i - 1] == '\t') && text[i + 1] is ' ' or '\t')
            {
                text[i] = '•';
            }
        }

        return text.ToString();
    }
}
