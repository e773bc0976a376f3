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

        // A Welsh council heads its papers in both languages: "CYNGOR SIR ENGHRAIFFT / EXAMPLE COUNTY COUNCIL".
        if (text.Split(" / ") is [_, var english] && CouncilOnly().IsMatch(english.Trim()))
        {
            return (english.Trim(), null);
        }

        // "COMMUNITIES SCRUTINY COMMITTEE 13/03/25": the meeting's date after its body's name. (A date in words stays:
        // "CABINET - THURSDAY, 30 JANUARY 2025" in a letter is read as the meeting's date line.)
        text = NumericDateAfterName().Replace(text, string.Empty);
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

    /// <summary>The body a title line names after "Minutes of": "MINUTES OF THE CHILDREN, SCHOOLS AND FAMILIES SCRUTINY
    /// COMMITTEE"; null when what follows is not a body's name ("Minutes of the meeting held on …").</summary>
    public static string? MinutesOf(string line) => BodyAfter(MinutesLead().Match(line.Trim()));

    /// <summary>The body an agenda's title or summons names: "AGENDA FOR THE POLICY AND PERFORMANCE SCRUTINY COMMITTEE",
    /// "Members of Policy and Performance Scrutiny Committee are summoned to a meeting", "Meeting of Places Overview and
    /// Scrutiny Committee" (Durham's front sheet); null otherwise.</summary>
    public static string? AgendaFor(string line) => BodyAfter(AgendaLead().Match(line.Trim()));

    private static string? BodyAfter(Match lead)
    {
        if (!lead.Success)
        {
            return null;
        }

        var body = TitleCase.FromShouting(lead.Groups["body"].Value.Trim().TrimEnd(','));
        return IsBodyName(body) ? body : null;
    }

    public static bool IsBodyName(string text) =>
        text.Length is >= 5 and <= 120 && BodyName().IsMatch(text) && !NotAName().IsMatch(text);

    [GeneratedRegex(@"\s+(?:[-–—]\s+)?\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$")]
    private static partial Regex NumericDateAfterName();

    [GeneratedRegex(@"^(?<council>(?:The\s+)?(?:[A-Z][\w'&.-]*\s+){0,4}(?:City|County|Borough|District|Metropolitan Borough|Town|Parish|Combined Authority)?\s*Council)\s+(?<body>[A-Z].+)$")]
    private static partial Regex CouncilThenBody();

    /// <summary>"Westshire Council", "Brighton &amp; Hove City Council", "Kingston upon Hull City Council", "Vale of
    /// Glamorgan Council", "Isle of Wight Council", "City of York Council", "London Borough of Camden", "Royal Borough
    /// of Kingston upon Thames".</summary>
    [GeneratedRegex(@"^(?:The\s+)?(?:(?:[A-Z][\w'.-]*\s+(?:(?:upon|on|and|of|&)\s+)?){1,4}(?:City|County|Borough|District|Metropolitan Borough|Town|Parish)?\s*Council|City\s+of\s+(?:[A-Z][\w'.-]*\s+){1,4}Council|(?:London|Royal)\s+Borough\s+of\s+[A-Z][\w'.-]*(?:\s+(?:(?:upon|on|and|&)\s+)?[A-Z][\w'.-]*){0,3})$")]
    private static partial Regex CouncilOnly();

    /// <summary>A name ending in the kind of body it is; or, after a dash, in its remit as councils name their
    /// committees ("Scrutiny Committee - Climate and Place"), though not in what the paper is ("… - Agenda"). A council
    /// or cabinet is not named so: "Kent County Council – Proposed Record of Decision" heads a paper.</summary>
    [GeneratedRegex(@"^(?:[A-Z][\w'’&,/()\s-]*\s)?(?:Committee|Sub-[Cc]ommittee|Board|Panel|Cabinet|Commission|Forum|Partnership|Executive|Council|Assembly|Group)(?:\s+\d{1,2}[A-Z]?)?(?:\s*\([^)]*\))?(?:(?<=(?:Committee|Panel|Board|Commission|Forum))\s+[-–]\s+(?!(?:Agenda|Minutes|Supplement|Public|Reports?|Papers|Pack|Meeting|Decisions?|Record|Draft)\b)[A-Z][\w'’]*(?:,?\s+(?:[A-Z][\w'’]*|and|&|of|for|the)){0,5})?$")]
    private static partial Regex BodyName();

    /// <summary>A label ("Place: …", "Venue – …") or a sentence, not a body's name; "Place Overview &amp; Scrutiny
    /// Committee" is a name.</summary>
    [GeneratedRegex(@"^(?:(?:Date|Time|Place|Venue)\s*[:\t–-]|Report|Minutes|Agenda|To |Please|If |Members of|Councillors are)|\b(?:held|meeting of|report of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAName();

    /// <summary>"Operational Delivery Scrutiny Committee." (Glasgow's minutes): a short line whose every longer word is
    /// capitalised, ending in its only full stop; a heading if it stands alone, between blank lines.</summary>
    public static bool IsTitleWithStop(string text) => HeadingWithStop().IsMatch(text.Trim());

    [GeneratedRegex(@"^(?:(?:[A-Z][\w'’&-]*|[a-z]{1,3}),?\s+){1,9}[A-Z][\w'’-]*\.$")]
    private static partial Regex HeadingWithStop();

    [GeneratedRegex(@"^minutes?\s+of\s+(?:(?:the|a)\s+)?(?:meeting\s+of\s+(?:the\s+)?)?(?<body>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex MinutesLead();

    [GeneratedRegex(@"^(?:agenda\s+for|members\s+of|(?:a\s+)?meeting\s+of)\s+(?:the\s+)?(?<body>.+?)(?:\s+(?:are|is)\s+(?:hereby\s+)?(?:summoned|invited|requested)\b.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AgendaLead();
}
