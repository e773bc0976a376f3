using System.Text.RegularExpressions;
using ScrutinyBot.Core.Extraction.Text;

namespace ScrutinyBot.Core.Extraction.Meetings;

/// <summary>
/// Who chaired: "Councillor X (Chair)" in the attendance list, "Chair: X", or a note that someone else
/// chaired ("the Vice Chair, Councillor Michael Savage, chaired the meeting"; "Councillor Y in the Chair";
/// "Councillor C Reid, Convener, Presided.").
/// </summary>
internal static partial class ChairReader
{
    /// <summary>How far below the header a note of who was in the chair is looked for: past an attendance list.</summary>
    private const int ChairedByReach = 15;

    public static string? Read(IReadOnlyList<SourceLine> lines, int headerEnd, IReadOnlyList<AttendanceEntry> attendance) =>
        Find(lines, headerEnd, attendance)?.Name;

    /// <summary>Who chaired and the line that says so (the sentence a citation of the chair should quote).</summary>
    public static (string Name, int LineIndex)? Find(IReadOnlyList<SourceLine> lines, int headerEnd, IReadOnlyList<AttendanceEntry> attendance)
    {
        for (var i = 0; i < lines.Count && i < headerEnd + ChairedByReach; i++)
        {
            // "Councillor Innes, being Chair of the Audit and Scrutiny Committee, chaired" / "the meeting.": the note
            // may wrap.
            var m = ChairedBy().Match(lines[i].Plain + (i + 1 < lines.Count ? " " + lines[i + 1].Plain : string.Empty));
            if (m.Success && m.Index < lines[i].Plain.Length)
            {
                return (m.Groups["name"].Value.Trim(), i);
            }
        }

        for (var i = 0; i < lines.Count && i < headerEnd + 12; i++)
        {
            var elected = ElectedForMeeting().Match(lines[i].Plain + (i + 1 < lines.Count ? " " + lines[i + 1].Plain : string.Empty));
            if (elected.Success)
            {
                return (elected.Groups["name"].Value.Trim(), i);
            }
        }

        var listed = attendance.FirstOrDefault(a => a.Role is not null && a.Role.StartsWith("Chair", StringComparison.Ordinal));
        if (listed is not null)
        {
            return (listed.Name, listed.LineIndex);
        }

        for (var i = 0; i < lines.Count && i < headerEnd; i++)
        {
            var label = ChairLabel().Match(lines[i].Plain);
            if (label.Success && PersonNamesLike(label.Groups["name"].Value))
            {
                return (PersonNames.WithoutShortBracket(label.Groups["name"].Value).Trim(), i);
            }

            // "Chairman:" over "* Councillor Margaret Fenwick" (the star marks who was present).
            if (LoneChairLabel().IsMatch(lines[i].Plain) && NextLine.NonBlank(lines, i, reach: 2) is { } k
                && TitledName().Match(lines[k].Plain) is { Success: true } titled && PersonNamesLike(titled.Value))
            {
                return (titled.Value.Trim(), k);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:Chair|Chairman|Chairperson|Chairwoman|Convener|Convenor)\s*:$")]
    private static partial Regex LoneChairLabel();

    /// <summary>A titled member's name alone on its line, after any present marker ("* Councillor Margaret Fenwick").</summary>
    [GeneratedRegex(@"(?<=^[*✓\s]*)(?:County\s+Councillor|Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$")]
    private static partial Regex TitledName();

    private static bool PersonNamesLike(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is >= 2 and <= 6;

    /// <summary>"Councillor Y in the Chair", "Councillor Imogen Pettifer – in the Chair", "Councillor Morven KINNEAR,
    /// Convener, in the Chair", "County Councillor Keith Ormerod (Vice-Chair, in the Chair)", "Councillor C Reid,
    /// Convener, Presided", "Councillor Innes, being Chair of the Audit and Scrutiny Committee, chaired the meeting" (Moray).</summary>
    [GeneratedRegex(@"(?<name>(?:Councillor|Cllr\.?|County Councillor)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w'’-]+){0,3})\s*[,–—-]?\s*\(?(?:(?:being\s+(?:the\s+)?)?(?:Depute\s+|Vice[- ])?(?:Convener|Convenor|Chair|Chairman|Chairperson|Provost)(?:\s+of\s+(?:the\s+)?[A-Z][^,.;]{2,80})?\s*,\s*)?(?i:chaired\s+the\s+meeting|took\s+the\s+chair|was\s+in\s+the\s+chair|in\s+the\s+chair|presided)")]
    private static partial Regex ChairedBy();

    [GeneratedRegex(@"(?<name>(?:Mr|Mrs|Ms|Miss|Dr|Councillor|Cllr\.?|County Councillor)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+(?:be|was)\s+(?:elected|appointed)\s+(?:as\s+|to\s+)?(?:the\s+)?(?:Chair|Chairman|Chairperson)\b(?:\s+(?:of|for)\s+the\s+meeting|\s+the\s+meeting)")]
    private static partial Regex ElectedForMeeting();

    [GeneratedRegex(@"^(?:Chair|Chairman|Chairperson|Chairwoman|Convener|Convenor|In\s+the\s+Chair)\s*[:\t]\s*(?<name>[A-Z][^,;]{3,60})$")]
    private static partial Regex ChairLabel();
}
