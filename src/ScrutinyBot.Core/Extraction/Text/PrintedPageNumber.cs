using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Extraction.Text;

/// <summary>A page's number printed as its footer ("Page 6", "Page 3 of 12", "- 4 -" is not matched: a bare number
/// may be a table's cell): no item of a list or row of a table it falls between.</summary>
internal static partial class PrintedPageNumber
{
    public static bool Is(string text) => Footer().IsMatch(text.Trim());

    [GeneratedRegex(@"^Page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex Footer();
}
