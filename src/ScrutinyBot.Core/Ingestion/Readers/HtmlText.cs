using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>Flattens HTML into text lines: block elements start lines, table cells are joined by tabs,
/// navigation and scripts are dropped.</summary>
internal static partial class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "form", "button", "select", "svg", "iframe",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "address", "figure", "figcaption", "caption", "hr", "table", "thead", "tbody", "tfoot",
    };

    /// <summary>The ModernGov content area when present, otherwise the body.</summary>
    public static IElement? MainContent(IDocument document) =>
        document.QuerySelector("#modgov") ?? document.QuerySelector("main") ?? document.QuerySelector("[role=main]") ?? document.Body;

    public static string Extract(IElement root)
    {
        var text = new StringBuilder();
        Walk(root, text);
        var lines = text.ToString().Split('\n').Select(l => Spaces().Replace(l, " ").Trim(' '));
        return Blank().Replace(string.Join('\n', lines), "\n\n").Trim();
    }

    private static void Walk(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(t.Data.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' '));
                    break;
                case IElement e when Skipped.Contains(e.LocalName) || e.HasAttribute("hidden"):
                    break;
                case IElement { LocalName: "br" }:
                    text.Append('\n');
                    break;
                case IElement { LocalName: "tr" } row:
                    AppendRow(row, text);
                    break;
                case IElement e when Blocks.Contains(e.LocalName):
                    text.Append('\n');
                    Walk(e, text);
                    text.Append('\n');
                    break;
                case IElement e:
                    Walk(e, text);
                    break;
                default:
                    break;
            }
        }
    }

    private static void AppendRow(IElement row, StringBuilder text)
    {
        var cells = row.Children.Where(c => c.LocalName is "td" or "th").Select(CellText).ToList();
        text.Append('\n').Append(string.Join('\t', cells)).Append('\n');
    }

    private static string CellText(IElement cell)
    {
        var inner = new StringBuilder();
        Walk(cell, inner);
        return Spaces().Replace(inner.ToString().Replace('\n', ' '), " ").Trim();
    }

    [GeneratedRegex(@"[ \u00A0]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex Blank();
}
