using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>Removes running headers, footers and page numbers from a document's pages: lines in the top or bottom
/// band of a page whose text (digits aside) recurs on at least half the pages (and at least three), and bare page
/// numbers ("3", "Page 3", "3 of 12", "- 3 -") in those bands. Works on any document: nothing is keyed to one
/// publisher.</summary>
internal static partial class RunningHeaderFilter
{
    private const double Band = 0.12;
    private const int MinPages = 3;

    public static List<List<PdfLine>> Remove(IReadOnlyList<List<PdfLine>> pages)
    {
        var pageCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var key in page.Where(IsInBand).Select(l => Key(l.Text)).Distinct())
            {
                pageCounts[key] = pageCounts.GetValueOrDefault(key) + 1;
            }
        }

        var threshold = Math.Max(MinPages, (pages.Count + 1) / 2);
        return pages.Select(page => page.Where(line => !IsInBand(line)
            || (pageCounts[Key(line.Text)] < threshold && !PageNumber().IsMatch(line.Text.Trim()))).ToList()).ToList();
    }

    private static bool IsInBand(PdfLine line) => line.Depth < Band || line.Depth > 1 - Band;

    private static string Key(string text) => Digits().Replace(Spaces().Replace(text.Trim(), " ").ToLowerInvariant(), "#");

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:-\s*)?(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*-)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
