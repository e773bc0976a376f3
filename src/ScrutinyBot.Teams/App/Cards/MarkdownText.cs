using System.Text;

namespace ScrutinyBot.Teams.App.Cards;

/// <summary>Escapes text for the places Teams reads as markdown and that cannot be a TextRun (FactSet values, message
/// extension previews): every ASCII punctuation character CommonMark gives a meaning to gets a backslash, so links,
/// images, emphasis, lists, headings, code and HTML tags all show as the characters they are.</summary>
public static class MarkdownText
{
    private const string Special = "\\`*_{}[]()#+-.!|<>~&\"=:";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
