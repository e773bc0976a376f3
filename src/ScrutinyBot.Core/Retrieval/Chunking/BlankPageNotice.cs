using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Retrieval.Chunking;

/// <summary>The printer's notice on a page left empty ("This page is intentionally left blank"), which agenda packs
/// print between papers. It is no part of any paper, so passages leave it out; the part splitter still sees it (a
/// blank page ends a paper).</summary>
public static partial class BlankPageNotice
{
    /// <summary>The text without the notice where it opens a line (a line may go on with the next page's heading).</summary>
    public static string Without(string text) => Notice().Replace(text, string.Empty);

    [GeneratedRegex(@"^[ \t]*this\s+page\s+(?:is|has\s+been)\s+(?:intentionally|deliberately)\s+(?:left\s+)?blank\b\.?[ \t]*(?:\r?\n)?", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Notice();
}
