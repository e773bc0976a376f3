using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Retrieval.Chunking;

/// <summary>Maps offsets in a part's text back to page numbers. The part text is its pages' text concatenated
/// (separated by form feeds or not): each later page is located by where its opening text appears.</summary>
public sealed class PartPageMap
{
    private const int ProbeLength = 60;

    private readonly List<(int Offset, int Page)> _starts;

    private PartPageMap(List<(int Offset, int Page)> starts) => _starts = starts;

    public static PartPageMap Build(DocumentPart part, IReadOnlyList<PageText> pages)
    {
        var starts = new List<(int Offset, int Page)> { (0, part.StartPage) };
        if (part.EndPage <= part.StartPage)
        {
            return new PartPageMap(starts);
        }

        var formFeeds = FormFeedStarts(part);
        if (formFeeds.Count == part.EndPage - part.StartPage)
        {
            starts.AddRange(formFeeds.Select((offset, i) => (offset, part.StartPage + i + 1)));
            return new PartPageMap(starts);
        }

        var from = 0;
        foreach (var page in pages.Where(p => p.Number > part.StartPage && p.Number <= part.EndPage).OrderBy(p => p.Number))
        {
            var probe = Probe(page.Text);
            if (probe.Length == 0)
            {
                continue;
            }

            var at = part.Text.IndexOf(probe, from, StringComparison.Ordinal);
            if (at >= 0)
            {
                starts.Add((at, page.Number));
                from = at + probe.Length;
            }
        }

        return new PartPageMap(starts);
    }

    /// <summary>The page the character at <paramref name="offset"/> is on.</summary>
    public int PageAt(int offset)
    {
        var page = _starts[0].Page;
        foreach (var (start, number) in _starts)
        {
            if (start > offset)
            {
                break;
            }

            page = number;
        }

        return page;
    }

    private static List<int> FormFeedStarts(DocumentPart part)
    {
        var starts = new List<int>();
        for (var i = part.Text.IndexOf('\f', StringComparison.Ordinal); i >= 0; i = part.Text.IndexOf('\f', i + 1))
        {
            starts.Add(i + 1);
        }

        return starts;
    }

    private static string Probe(string text)
    {
        var trimmed = text.TrimStart();
        var line = trimmed.IndexOf('\n', StringComparison.Ordinal);
        var length = Math.Min(ProbeLength, line > 0 ? line : trimmed.Length);
        return trimmed[..length].TrimEnd();
    }
}
