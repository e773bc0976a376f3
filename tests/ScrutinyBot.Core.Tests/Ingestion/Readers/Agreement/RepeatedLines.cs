using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Tests.Ingestion.Readers.Agreement;

/// <summary>Independent of the reader: removes from pdftotext's pages the running heads and feet, i.e. lines that
/// repeat across pages (digits normalised; on at least half the pages and at least 3) and bare page numbers
/// among a page's first or last three lines.</summary>
internal static partial class RepeatedLines
{
    private const int Edge = 3;

    public static IReadOnlyList<string> Strip(IReadOnlyList<string> pages)
    {
        var pageCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var key in NonEmptyLines(page).Select(Key).Distinct())
            {
                pageCounts[key] = pageCounts.GetValueOrDefault(key) + 1;
            }
        }

        var threshold = Math.Max(3, (pages.Count + 1) / 2);
        return pages.Select(page =>
        {
            var lines = page.Split('\n');
            var printed = NonEmptyLines(page);
            return string.Join('\n', lines.Where(line => line.Trim().Length == 0
                || (pageCounts[Key(line)] < threshold && !(IsEdge(printed.IndexOf(line), printed.Count) && PageNumber().IsMatch(Key(line))))));
        }).ToList();
    }

    private static bool IsEdge(int index, int count) => index < Edge || index >= count - Edge;

    private static List<string> NonEmptyLines(string page) =>
        page.Split('\n').Where(l => l.Trim().Length > 0).ToList();

    private static string Key(string line) => Digits().Replace(line.Trim().ToLowerInvariant(), "#");

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(?:page\s*)?#(?:\s*(?:of|/)\s*#)?$")]
    private static partial Regex PageNumber();
}
