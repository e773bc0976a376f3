using System.Text.RegularExpressions;
using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Retrieval.Chunking;

/// <summary>Maps offsets in a part's text back to page numbers. The part text is its pages' text concatenated
/// (separated by form feeds or not): each later page is located by where its opening text appears.</summary>
public sealed partial class PartPageMap
{
    private const int ProbeLines = 5;
    private const int ProbeWords = 8;

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
            foreach (var probe in Probes(page.Text))
            {
                var match = probe.Match(part.Text, from);
                if (match.Success)
                {
                    starts.Add((match.Index, page.Number));
                    from = match.Index + match.Length;
                    break;
                }
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

    /// <summary>Patterns for the page's first few lines, word by word with any punctuation or spacing between
    /// (the part text may have had bullets, emphasis or spacing cleaned away).</summary>
    private static IEnumerable<Regex> Probes(string text)
    {
        foreach (var line in text.Split('\n').Where(l => !string.IsNullOrWhiteSpace(l)).Take(ProbeLines))
        {
            var words = Word().Matches(line).Select(m => Regex.Escape(m.Value)).Take(ProbeWords).ToList();
            if (words.Count >= 2 || (words.Count == 1 && words[0].Length >= 6))
            {
                yield return new Regex(string.Join(@"\W+", words), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
