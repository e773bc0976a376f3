using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Retrieval.Chunking;

/// <summary>Finds agenda-item headings in minutes ("23 Nottingham City Safeguarding Children Partnership Annual Report",
/// "5 PARTNERSHIP PROGRESS ...", "Item 4: Budget") and splits the text at them.</summary>
public static partial class ItemSections
{
    private const int MaxTitleLength = 200;

    public static IReadOnlyList<ItemSection> Find(string text)
    {
        var headings = new List<(int Start, string Title)>();
        foreach (Match match in Heading().Matches(text))
        {
            var title = match.Groups["title"].Value.Trim().Trim('*').Trim();
            if (IsTitle(title))
            {
                headings.Add((match.Index, title));
            }
        }

        var sections = new List<ItemSection>();
        var first = headings.Count > 0 ? headings[0].Start : text.Length;
        if (first > 0 && !string.IsNullOrWhiteSpace(text[..first]))
        {
            sections.Add(new ItemSection(null, 0, first));
        }

        for (var i = 0; i < headings.Count; i++)
        {
            var end = i + 1 < headings.Count ? headings[i + 1].Start : text.Length;
            sections.Add(new ItemSection(headings[i].Title, headings[i].Start, end));
        }

        return sections.Count > 0 ? sections : [new ItemSection(null, 0, text.Length)];
    }

    private static bool IsTitle(string title)
    {
        if (title.Length is < 3 or > MaxTitleLength || !char.IsLetter(title[0]) || !char.IsUpper(title[0]))
        {
            return false;
        }

        if (title[^1] is '.' or ',' or ';' or ':' && !title.EndsWith("etc.", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return !Month().IsMatch(title) && title.Count(char.IsWhiteSpace) < 30 && !title.Contains('\t', StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^[ \-•]*(?:\*\*)?(?:(?:item|minute)\s+)?(?<number>\d{1,3}[a-z]?)(?:\.(?!\d))?[ :\-–]+(?:\*\*)?(?<title>[^\n]+)$",
        RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(January|February|March|April|May|June|July|August|September|October|November|December)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Month();
}
