using System.Text.RegularExpressions;
using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Extraction.Text;

/// <summary>
/// Turns page text (PDF text, Markdown or HTML-ish conversions) into plain lines: drops emphasis and
/// inline tags, bullets and heading marks, turns Markdown table rows into tab-separated cells.
/// </summary>
internal static partial class LineCleaner
{
    public static IReadOnlyList<SourceLine> ToLines(IReadOnlyList<PageText> pages)
    {
        var lines = new List<SourceLine>();
        foreach (var page in pages)
        {
            foreach (var raw in page.Text.Replace("\r\n", "\n").Split('\n', '\f'))
            {
                lines.Add(new SourceLine(page.Number, Clean(raw)) { Bulleted = GlyphBullet().IsMatch(raw), Starred = LeadingStar().IsMatch(raw), Dashed = LeadingDash().IsMatch(raw) });
            }
        }

        return lines;
    }

    public static string Clean(string raw)
    {
        var text = UrlInAngles().Replace(raw, "$1");
        text = Emphasis().Replace(text, m => m.Index > 0 && m.Index + m.Length < text.Length
            && char.IsLetterOrDigit(text[m.Index - 1]) && char.IsLetterOrDigit(text[m.Index + m.Length]) ? " " : string.Empty);
        text = InlineTag().Replace(text, " ");
        text = text.Replace('\u00a0', ' ').Replace('\u2002', ' ').Replace('\u2003', ' ');
        text = text.TrimStart(' ');
        if (text.StartsWith('|') || text.StartsWith("- |", StringComparison.Ordinal))
        {
            text = TableRow(text);
        }

        text = Heading().Replace(text, string.Empty);
        text = Bullet().Replace(text, string.Empty);
        text = MultiSpace().Replace(text, " ");
        return LetterSpaced().IsMatch(text) ? text.Replace(" ", string.Empty, StringComparison.Ordinal) : text.TrimEnd();
    }

    /// <summary>"P R E S E N T :": a heading printed with its letters spaced out (Leicester), read as the word.</summary>
    [GeneratedRegex(@"^(?:[A-Z] ){4,}[A-Z](?: ?:)?\s*$")]
    private static partial Regex LetterSpaced();

    private static string TableRow(string text)
    {
        var body = text.TrimStart('-', ' ').Trim().Trim('|');
        if (TableRule().IsMatch(body))
        {
            return string.Empty;
        }

        var cells = body.Split('|').Select(c => c.Trim()).ToArray();
        return cells.All(c => c.Length == 0) ? string.Empty : string.Join('\t', cells);
    }

    [GeneratedRegex(@"<(https?://[^>\s]+)>")]
    private static partial Regex UrlInAngles();

    [GeneratedRegex(@"\*{2,}|(?<![\w*])_{2}(?=\w)|(?<=\w)_{2}(?![\w])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"</?(?:p|b|u|i|em|strong|mark|span|br|div|ol|ul|li|font|sup|sub)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineTag();

    [GeneratedRegex(@"^#{1,6}\s*")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?:[-•▪·●◦*]|\uf0b7)\s+")]
    private static partial Regex Bullet();

    /// <summary>A bullet glyph opening the line; Markdown's "- " and "* " are left out, as converted papers put them
    /// before headings too.</summary>
    [GeneratedRegex(@"^[ \t\u00a0]*(?:[•▪·●◦]|\uf0b7)\s+")]
    private static partial Regex GlyphBullet();

    /// <summary>The star and the dash <see cref="Bullet"/> takes off a line's start, remembered on the line.</summary>
    [GeneratedRegex(@"^[ \t\u00a0]*\*\s+\S")]
    private static partial Regex LeadingStar();

    [GeneratedRegex(@"^[ \t\u00a0]*-\s+\S")]
    private static partial Regex LeadingDash();

    [GeneratedRegex(@"[ ]{2,}")]
    private static partial Regex MultiSpace();

    [GeneratedRegex(@"^[\s\-:|]*$")]
    private static partial Regex TableRule();
}
