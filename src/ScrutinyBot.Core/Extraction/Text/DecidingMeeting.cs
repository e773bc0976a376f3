using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Extraction.Text;

/// <summary>
/// The meeting a ModernGov decision or issue page names as the one that decided: "Meeting: 15/04/2010 - Cabinet
/// (Item 390)", "Decided at meeting: 14/01/2025 - Cabinet". One reading for the splitter, the header and the body name.
/// </summary>
internal static partial class DecidingMeeting
{
    public static bool IsLine(string text) => Line().IsMatch(text);

    /// <summary>The date of a "Meeting: dd/mm/yyyy - Body" line, when it is one.</summary>
    public static DateOnly? DateOf(string text) =>
        Line().Match(text) is { Success: true } m ? UkDateParser.FindFirst(m.Groups["value"].Value) : null;

    /// <summary>The body in a labelled value "15/04/2010 - Cabinet (Item 390)", or the value as it is.</summary>
    public static string BodyOf(string value) =>
        Value().Match(value) is { Success: true } m ? m.Groups["body"].Value.Trim() : value;

    [GeneratedRegex(@"^(?:Meeting|Decided\s+at\s+meeting)\s*:\s*(?<value>\d{1,2}/\d{1,2}/\d{4}\s*[-–]\s*\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Line();

    [GeneratedRegex(@"^\d{1,2}/\d{1,2}/\d{4}\s*[-–]\s*(?<body>.+?)(?:\s*\(Item\s+\d+\))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Value();
}
