using System.Text.RegularExpressions;
using ScrutinyBot.Core.Extraction.Blocks;
using ScrutinyBot.Core.Extraction.Meetings;
using ScrutinyBot.Core.Extraction.Text;

namespace ScrutinyBot.Core.Extraction.Minutes;

/// <summary>
/// Finds the items of minutes that number none of them (Belfast's, Sunderland's): each item's title stands alone on
/// its line, a blank line above and below it, and prose follows ("Apologies" over "Apologies for inability to attend
/// were reported…"). Read only where no numbered items were found. A group heading over items ("Committee/Strategic
/// Issues") is an item with nothing in it.
/// </summary>
internal static partial class UnnumberedItemReader
{
    private const int MaxTitleChars = 90;
    private const int ProseLinesAhead = 4;
    private const int MinItems = 2;
    private const int MinSentenceWords = 5;

    public static IReadOnlyList<MinuteItem> Read(IReadOnlyList<SourceLine> lines)
    {
        var headings = new List<(int Index, int Lines)>();
        for (var i = Math.Max(1, AfterAttendanceLists(lines)); i + 1 < lines.Count; i++)
        {
            if (TitleLines(lines, i) is not { } count)
            {
                continue;
            }

            if (OverProse(lines, i + count - 1) || (headings.Count > 0 && NextTitle(lines, i + count - 1) is { } next && OverProse(lines, next)))
            {
                headings.Add((i, count));
                i += count - 1;
            }
        }

        if (headings.Count < MinItems)
        {
            return [];
        }

        return headings.Select((h, k) => new MinuteItem(string.Empty, TitleCase.FromShouting(Title(lines, h.Index, h.Lines)), h.Index, k + 1 < headings.Count ? headings[k + 1].Index : lines.Count)).ToList();
    }

    private static string Title(IReadOnlyList<SourceLine> lines, int i, int count) =>
        count == 1 ? lines[i].Plain : $"{lines[i].Plain} {lines[i + 1].Plain}";

    /// <summary>How many lines the title standing at line <paramref name="i"/> takes (one, or two where it wraps:
    /// "Policy Review 2024/25: Social Isolation and Loneliness in Older People -" over "Final Report"), blank lines
    /// above and below it; null when none stands there.</summary>
    private static int? TitleLines(IReadOnlyList<SourceLine> lines, int i)
    {
        if (!lines[i - 1].IsBlank || !IsTitleText(lines[i].Plain))
        {
            return null;
        }

        if (lines[i + 1].IsBlank)
        {
            return 1;
        }

        return i + 2 < lines.Count && lines[i + 2].IsBlank && IsTitleText(lines[i + 1].Plain) && IsTitleText(Title(lines, i, 2)) ? 2 : null;
    }

    /// <summary>The line after the last list label of the minutes' header ("Members present:", "In attendance:"): the
    /// venue and date above them are no item's title.</summary>
    private static int AfterAttendanceLists(IReadOnlyList<SourceLine> lines)
    {
        var last = -1;
        for (var i = 0; i < Math.Min(lines.Count, HeaderLines); i++)
        {
            last = ListLabel().IsMatch(lines[i].Plain) ? i : last;
        }

        return last + 1;
    }

    private const int HeaderLines = 80;

    /// <summary>Words that read as an item's title: short, capitalised, not ending as a sentence or a label does, not a
    /// date alone ("Tuesday, 4th February, 2025"), nor who chaired ("Councillor Pallister in the Chair").</summary>
    private static bool IsTitleText(string text) =>
        text.Length is > 2 and <= MaxTitleChars && !text.Contains('\t', StringComparison.Ordinal) && !text.EndsWith(':') && !text.EndsWith(';')
        && (BlockReader.LooksLikeHeading(text) || MinutesTitle().IsMatch(text)) && !PrintedPageNumber.Is(text) && !IsDateAlone(text) && !PersonLed().IsMatch(text) && !IsPersonWithRole(text);

    /// <summary>"Kirsty NAIRN, Committee Services Officer": the last of a list of officers in attendance.</summary>
    private static bool IsPersonWithRole(string text) =>
        text.Contains(", ", StringComparison.Ordinal) && RoleWords.SplitTrailingRole(text.Replace(",", string.Empty, StringComparison.Ordinal)) is (var name, not null) && PersonNames.IsName(name);

    private static bool IsDateAlone(string text) =>
        UkDateParser.FindAll(text) is [var date, ..] && date.Length >= text.Length - DateSlack;

    private const int DateSlack = 12;

    private static int NextWithText(IReadOnlyList<SourceLine> lines, int i)
    {
        var k = i + 1;
        while (k < lines.Count && lines[k].IsBlank)
        {
            k++;
        }

        return k;
    }

    /// <summary>The next line with text after the title stands alone too: a group heading's first item.</summary>
    private static int? NextTitle(IReadOnlyList<SourceLine> lines, int i)
    {
        var k = NextWithText(lines, i);
        return k + 1 < lines.Count && TitleLines(lines, k) is { } count ? k + count - 1 : null;
    }

    /// <summary>The text under the title is prose: a sentence of several words ends within its first lines.</summary>
    private static bool OverProse(IReadOnlyList<SourceLine> lines, int i)
    {
        var k = NextWithText(lines, i);
        var text = string.Join(' ', lines.Skip(k).Take(ProseLinesAhead).TakeWhile(l => !l.IsBlank).Select(l => l.Plain));
        // Resolutions numbered on their own ("5.   RESOLVED that the minutes …", Sunderland's) are prose all the same.
        text = ParagraphNumber().Replace(text, string.Empty);
        var end = SentenceEnd().Match(text);
        return end.Success && text[..end.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinSentenceWords && !text.Contains('\t', StringComparison.Ordinal);
    }

    /// <summary>The end of a sentence, or of a lead-in to a list ("… agreed that the following be added:").</summary>
    [GeneratedRegex(@"[.:](?=\s|\)|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^(?:County\s+)?(?:Councillors?|Cllrs?\.?|Aldermen|Alderman|Mr|Mrs|Ms|Miss|Dr)\s")]
    private static partial Regex PersonLed();

    [GeneratedRegex(@"^\d{1,3}\.?\s+")]
    private static partial Regex ParagraphNumber();

    [GeneratedRegex(@"^(?:Members\s+|Councillors\s+)?present\b|^(?:Also\s+)?in\s+attendance\b|^Also\s+present\b", RegexOptions.IgnoreCase)]
    private static partial Regex ListLabel();

    /// <summary>"Minutes of the last meeting of the Committee held on 7th January, 2025": the item confirming the last
    /// minutes, titled in lower case as few other items are.</summary>
    [GeneratedRegex(@"^(?:Minutes|Confirmation of (?:the )?Minutes)\s+of\s+the\s+(?:last|previous)\s+meeting\b", RegexOptions.IgnoreCase)]
    private static partial Regex MinutesTitle();
}
