using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Extraction.Text;

/// <summary>
/// Recognises council and committee names in headers: "Nottingham City Council Children and Young People
/// Scrutiny Committee", "Children and Families Select Committee", "NOTTINGHAM CITY COUNCIL CHILDREN'S PARTNERSHIP BOARD".
/// </summary>
internal static partial class CouncilNames
{
    /// <summary>Splits "X Council Y Committee" into its council and committee; either may be null.</summary>
    public static (string? Council, string? Committee) Read(string line)
    {
        var text = TitleCase.FromShouting(line.Replace('\t', ' ').Trim().Trim('*', '#', ' '));
        if (text.Length is < 5 or > 140 || text.EndsWith('.'))
        {
            return (null, null);
        }

        var both = CouncilThenBody().Match(text);
        if (both.Success && IsBodyName(both.Groups["body"].Value))
        {
            return (both.Groups["council"].Value.Trim(), both.Groups["body"].Value.Trim());
        }

        if (CouncilOnly().IsMatch(text))
        {
            return (text, null);
        }

        return IsBodyName(text) ? (null, text) : (null, null);
    }

    public static bool IsBodyName(string text) =>
        text.Length is >= 5 and <= 120 && BodyName().IsMatch(text) && !NotAName().IsMatch(text);

    [GeneratedRegex(@"^(?<council>(?:The\s+)?(?:[A-Z][\w'&.-]*\s+){0,4}(?:City|County|Borough|District|Metropolitan Borough|Town|Parish|Combined Authority)?\s*Council)\s+(?<body>[A-Z].+)$")]
    private static partial Regex CouncilThenBody();

    [GeneratedRegex(@"^(?:The\s+)?(?:[A-Z][\w'&.-]*\s+){1,4}(?:City|County|Borough|District|Metropolitan Borough|Town|Parish)?\s*Council$")]
    private static partial Regex CouncilOnly();

    [GeneratedRegex(@"^(?:[A-Z][\w'’&,/()\s-]*\s)?(?:Committee|Sub-Committee|Board|Panel|Cabinet|Commission|Forum|Partnership|Executive|Council|Assembly|Group)(?:\s*\([^)]*\))?$")]
    private static partial Regex BodyName();

    [GeneratedRegex(@"^(?:Date|Time|Place|Venue|Report|Minutes|Agenda|To |Please|If |Members of|Councillors are)|\b(?:held|meeting of|report of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAName();
}
