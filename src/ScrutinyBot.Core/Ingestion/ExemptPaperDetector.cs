using System.Text.RegularExpressions;
using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Ingestion;

/// <summary>Recognises papers marked exempt or not for publication (Schedule 12A of the Local Government Act 1972)
/// from the heading of their first page. A public pack that merely mentions Schedule 12A (background papers,
/// an exclusion-of-the-public item further down) is not exempt.</summary>
public static partial class ExemptPaperDetector
{
    private const int HeadingLength = 1200;

    /// <returns>The marking found, or null when the paper is public.</returns>
    public static string? FindMarking(IReadOnlyList<PageText> pages)
    {
        var first = pages.FirstOrDefault(p => !string.IsNullOrWhiteSpace(p.Text))?.Text;
        if (first is null)
        {
            return null;
        }

        var heading = first.TrimStart();
        heading = heading[..Math.Min(HeadingLength, heading.Length)];
        if (PublicPack().IsMatch(heading))
        {
            return null;
        }

        var match = NotForPublication().Match(heading);
        if (!match.Success)
        {
            match = ExemptParagraph().Match(heading);
        }

        return match.Success ? Regex.Replace(match.Value, @"\s+", " ").Trim() : null;
    }

    [GeneratedRegex(@"^\W*public\s+(document\s+)?pack\b", RegexOptions.IgnoreCase)]
    private static partial Regex PublicPack();

    [GeneratedRegex(@"\bnot\s+for\s+(public(ation)?|press\s+or\s+public)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotForPublication();

    [GeneratedRegex(
        @"\bexempt(ion)?\b[^\n]{0,80}?\bparagraphs?\s+\d+[^\n]{0,60}?\bschedule\s+12\s*a\b|\bschedule\s+12\s*a\b[^\n]{0,40}?\bexempt\b|\bexempt\s+information\b[^\n]{0,40}?\bparagraphs?\s+\d",
        RegexOptions.IgnoreCase)]
    private static partial Regex ExemptParagraph();
}
