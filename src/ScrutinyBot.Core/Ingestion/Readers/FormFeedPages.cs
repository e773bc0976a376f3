using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>Splits text into pages at form feeds, normalising line ends.</summary>
internal static class FormFeedPages
{
    public static IReadOnlyList<PageText> Split(string text)
    {
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var sections = normalised.Split('\f');
        var pages = new List<PageText>(sections.Length);
        for (var i = 0; i < sections.Length; i++)
        {
            pages.Add(new PageText(i + 1, sections[i].Trim('\n')));
        }

        while (pages.Count > 1 && string.IsNullOrWhiteSpace(pages[^1].Text))
        {
            pages.RemoveAt(pages.Count - 1);
        }

        return pages;
    }
}
