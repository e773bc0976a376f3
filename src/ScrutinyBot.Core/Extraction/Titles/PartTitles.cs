using System.Text.RegularExpressions;
using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction.Splitting;
using ScrutinyBot.Core.Extraction.Text;

namespace ScrutinyBot.Core.Extraction.Titles;

/// <summary>
/// The title a reader sees for one part: "Agenda", "Minutes, 13 November 2024", "Recommendation tracker",
/// "Work programme", or a report's or appendix's own title (its "Subject:"/"Report Title" field, else its heading).
/// </summary>
internal static partial class PartTitles
{
    public const int MaxTitle = 120;

    /// <param name="meetingDate">The meeting the part belongs to (for minutes: the meeting minuted).</param>
    /// <param name="summons">True when the part is the front sheet of a meeting the extractor found.</param>
    public static string For(PackPart part, DateOnly? meetingDate, bool summons) => part.Kind switch
    {
        PartKind.Minutes => meetingDate is { } date ? $"Minutes, {TitleDates.Format(date)}" : "Minutes",
        PartKind.Tracker => "Recommendation tracker",
        PartKind.WorkProgramme => "Work programme",
        PartKind.FrontSheet when summons || SummonsWords(part) => "Agenda",
        _ => OwnTitle(part) ?? KindName(part.Kind),
    };

    /// <summary>The part's own title when it has one worth showing, else null.</summary>
    public static string? OwnTitle(PackPart part) => Named(part) ?? FirstHeading(part.Lines);

    /// <summary>The title the part gives itself: a labelled cover field, or (not for a front sheet) the heading it
    /// was found by. Null when it names itself only by its first line, or not at all.</summary>
    public static string? Named(PackPart part)
    {
        if (TitleLabels.Read(part.Lines) is { } labelled)
        {
            return Tidy(labelled);
        }

        var heading = part.Title.Trim();
        return part.Kind != PartKind.FrontSheet && Usable(heading) ? Tidy(heading) : null;
    }

    public static string KindName(PartKind kind) => kind switch
    {
        PartKind.FrontSheet => "Front sheet",
        PartKind.Appendix => "Appendix",
        PartKind.Report => "Report",
        _ => "Paper",
    };

    /// <summary>The first short line that reads as a title: not a label, a date, a page number or a broken phrase.</summary>
    private static string? FirstHeading(IReadOnlyList<Text.SourceLine> lines)
    {
        foreach (var line in lines.Take(8))
        {
            var text = line.Plain;
            if (Usable(text) && text.Length <= 80 && !text.Contains(':', StringComparison.Ordinal) && UkDateParser.FindFirst(text) is null)
            {
                return Tidy(text);
            }
        }

        return null;
    }

    private static bool Usable(string heading) =>
        heading.Length is >= 4 and <= 200
        && heading.Count(char.IsLetter) >= 4
        && !NotATitle().IsMatch(heading)
        && !BrokenEnd().IsMatch(heading)
        && !(heading.Length <= 40 && UkDateParser.FindFirst(heading) is not null);

    private static bool SummonsWords(PackPart part) =>
        part.Lines.Take(6).Any(l => Summons().IsMatch(l.Plain));

    private static string Tidy(string title) => Clip(LetterReference().Replace(TitleCase.FromShouting(title), m => m.Value.ToUpperInvariant()));

    private static string Clip(string title)
    {
        if (title.Length <= MaxTitle)
        {
            return title;
        }

        var cut = title.LastIndexOf(' ', MaxTitle);
        return (cut > MaxTitle / 2 ? title[..cut] : title[..MaxTitle]).TrimEnd(',', ';', ' ', '-', '–') + "…";
    }

    // Cover-sheet labels and page furniture that the splitter can take for a heading.
    [GeneratedRegex(@"^(?:From|To|By|Dear|Page\s+\d+|Agenda\s+Item\s+\d+$|Front sheet|Contact|Classification|Summary|Date)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotATitle();

    // A heading cut at a line end ("Summons to and", "Agenda for an").
    [GeneratedRegex(@"\b(?:and|or|of|for|to|the|an|a|on|in|with|at)$", RegexOptions.IgnoreCase)]
    private static partial Regex BrokenEnd();

    // "Appendix a" after title-casing a shouted heading: the letter is a reference, not the article.
    [GeneratedRegex(@"(?<=\b(?:Appendix|Annex|Annexe|Schedule|Part)\s)[a-z]\b")]
    private static partial Regex LetterReference();

    [GeneratedRegex(@"^(?:Summons|Agenda\b|Notice of (?:the )?meeting)", RegexOptions.IgnoreCase)]
    private static partial Regex Summons();
}
