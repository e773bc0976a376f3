using System.Text.RegularExpressions;
using ScrutinyBot.Core.Extraction.Text;

namespace ScrutinyBot.Core.Extraction.Meetings;

/// <summary>
/// Who is to chair the meeting a front sheet summons: the member its membership list marks as chair ("Membership /
/// Councillors: Jane Hanna (Chair), Ian Snowdon (Vice-Chair), …", "Membership: County Councillors / Mike Introna
/// (Chairman)"). Only a list under a membership heading counts: a front sheet also names report authors and officers.
/// </summary>
internal static partial class MembershipChair
{
    /// <summary>How far into the front sheet a "Chair:" field is looked for: among the summons' other fields.</summary>
    private const int LabelReach = 45;

    /// <summary>How many lines of a membership list after its heading are read.</summary>
    private const int ListLines = 10;

    private const string PersonTitle = @"(?:Councillor|Cllr\.?|County Councillor|Mr|Mrs|Ms|Miss|Dr)";

    private const string ChairWord = "(?:Chair|Chairman|Chairwoman|Chairperson|Convener|Convenor)";

    public static (string Name, int LineIndex)? Find(IReadOnlyList<SourceLine> lines)
    {
        for (var i = 0; i < lines.Count && i < LabelReach; i++)
        {
            // "Chair:   Councillor Rhian Powell", a field of the summons like its date and venue.
            if (ChairLabel().Match(lines[i].Plain) is { Success: true } labelled && PersonNames.Split(labelled.Groups["name"].Value) is [var person])
            {
                return (person.Name, i);
            }
        }

        // The membership may stand anywhere on the front sheet: after the agenda's items, or after guidance notes.
        for (var i = 0; i < lines.Count; i++)
        {
            if (!MembershipHeading().IsMatch(lines[i].Plain))
            {
                continue;
            }

            // A plural title on its own line ("Councillors:") or ending the heading ("Members of the Committee -
            // Councillors") belongs to the names on the lines after it.
            string? title = TitleEnding().Match(lines[i].Plain) is { Success: true } ending ? ending.Groups["title"].Value : null;
            for (var k = i; k < lines.Count && k <= i + ListLines; k++)
            {
                var text = TitleDash().Replace(MembershipHeading().Replace(lines[k].Plain, string.Empty).Trim(), "$1 ");
                if (LoneTitle().Match(text) is { Success: true } lone)
                {
                    title = lone.Value.Trim().TrimEnd(':').Trim();
                    continue;
                }

                if (ChairAfterComma().Match(text) is { Success: true } after)
                {
                    // "Councillor Sally Cremyll, Chair" on a line of its own over "Councillor …, Vice Chair".
                    return (after.Groups["name"].Value.Trim(), k);
                }

                if (!ChairMarked().IsMatch(text))
                {
                    continue;
                }

                var listed = PersonNames.Split(title is null || text.StartsWith(title, StringComparison.OrdinalIgnoreCase) ? text : $"{title} {text}");
                if (listed.FirstOrDefault(p => p.Marker is { } marker && (marker.StartsWith("Chair", StringComparison.OrdinalIgnoreCase) || marker.StartsWith("Conven", StringComparison.OrdinalIgnoreCase))) is { Name: { } name })
                {
                    return (name, k);
                }
            }
        }

        return null;
    }

    /// <summary>"Membership", "Committee Members (14)", "Elected Members", the Scottish "SEDERUNT", a bilingual "Aelodau / Membership:", the letter's addressees
    /// ("To: Councillors R Mackintosh (Convener), …", "Distribution:"), and a line that introduces them in its own words ("To
    /// Places Overview and Scrutiny Committee members as follows:-", wrapped or not, "The … Panel members are:-").
    [GeneratedRegex(@"^\s*(?:[^/:]{1,30}/\s*)?(?:((?:Committee|Elected|Panel|Board|Voting)\s+)?(Membership|Members|Sederunt)\b(\s*\(\d+\))?\s*:?|(?:To|Distribution)\s*:)|^(?:To|The)\s+[^:]{3,120}?\bmembers\s+(?:are|as(?:\s+follows)?)\s*:?-?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex MembershipHeading();

    [GeneratedRegex(@"\s[-–—:]\s*(?<title>(?:(?:County|Borough|District|City)\s+)?(?:Councillors|Cllrs))\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleEnding();

    [GeneratedRegex(@"^((County|Borough|District|City)\s+)?(Councillors|Cllrs)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex LoneTitle();

    /// <summary>"Councillors - Ravenscroft (Chair), Abbasi, …": the title set off from the names by a dash.</summary>
    [GeneratedRegex(@"^((?:(?:County|Borough|District|City)\s+)?(?:Councillors|Cllrs))\s*[-–—]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex TitleDash();

    [GeneratedRegex(@"^" + ChairWord + @"\s*:\s*(?<name>" + PersonTitle + @"\s+[A-Z][^:()]{2,50})$")]
    private static partial Regex ChairLabel();

    [GeneratedRegex(@"\((Chair|Chairman|Chairwoman|Chairperson|Convener|Convenor)\)", RegexOptions.IgnoreCase)]
    private static partial Regex ChairMarked();

    [GeneratedRegex(@"^(?<name>" + PersonTitle + @"\s+[A-Z][^,()]{2,50}),\s*" + ChairWord + @"\s*$")]
    private static partial Regex ChairAfterComma();
}
