using System.Text;
using System.Xml.Linq;
using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>Walks a WordprocessingML body: paragraphs become lines, table rows tab-separated lines,
/// explicit page breaks (w:br w:type="page", pageBreakBefore) new pages.</summary>
internal static class WordprocessingText
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static IReadOnlyList<PageText> Pages(XElement body)
    {
        var pages = new List<StringBuilder> { new() };
        AppendBlocks(body, pages);
        return pages.Select((p, i) => new PageText(i + 1, p.ToString().Trim('\n'))).ToList();
    }

    private static void AppendBlocks(XElement container, List<StringBuilder> pages)
    {
        foreach (var block in container.Elements())
        {
            if (block.Name == W + "p")
            {
                AppendParagraph(block, pages);
            }
            else if (block.Name == W + "tbl")
            {
                AppendTable(block, pages[^1]);
            }
            else if (block.Name == W + "sdt" || block.Name == W + "sdtContent" || block.Name == W + "customXml")
            {
                AppendBlocks(block, pages);
            }
        }
    }

    private static void AppendParagraph(XElement paragraph, List<StringBuilder> pages)
    {
        if (paragraph.Element(W + "pPr")?.Element(W + "pageBreakBefore") is { } before && !IsOff(before) && pages[^1].Length > 0)
        {
            pages.Add(new StringBuilder());
        }

        foreach (var node in paragraph.Descendants())
        {
            if (node.Name == W + "t")
            {
                pages[^1].Append(node.Value);
            }
            else if (node.Name == W + "tab")
            {
                pages[^1].Append('\t');
            }
            else if (node.Name == W + "br" || node.Name == W + "cr")
            {
                if ((string?)node.Attribute(W + "type") == "page")
                {
                    pages.Add(new StringBuilder());
                }
                else
                {
                    pages[^1].Append('\n');
                }
            }
        }

        pages[^1].Append('\n');
    }

    private static void AppendTable(XElement table, StringBuilder page)
    {
        foreach (var row in table.Elements(W + "tr"))
        {
            var cells = row.Elements(W + "tc").Select(CellText);
            page.Append(string.Join('\t', cells)).Append('\n');
        }
    }

    private static string CellText(XElement cell) =>
        string.Join(' ', cell.Elements(W + "p").Select(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value)).Trim()))
            .Trim();

    private static bool IsOff(XElement element) => (string?)element.Attribute(W + "val") is "0" or "false" or "off";
}
