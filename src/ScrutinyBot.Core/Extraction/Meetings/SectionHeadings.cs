using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Extraction.Meetings;

/// <summary>
/// The headings minutes put between who attended and the first item: a line in capitals, naming no person (no title
/// such as Mr, Mrs, Dr or Councillor), shaped as a section of the business: "UNRESTRICTED ITEMS" and "EXEMPT ITEMS"
/// (Kent County Council), "PART A" (or "Part I"), "OPEN SESSION", "PUBLIC BUSINESS", "MATTERS FOR DECISION", "ITEMS FOR
/// INFORMATION" (the forms councils use to split public from private business, as in Nottingham City's and
/// Nottinghamshire's agendas), or an item's title in capitals ("DECLARATIONS OF INTEREST"). Such a line ends the
/// attendance lists; it is never a person.
/// </summary>
internal static partial class SectionHeadings
{
    public static bool EndsAttendance(string text)
    {
        var line = text.Trim().TrimEnd(':', '.');
        if (PartAlone().IsMatch(line))
        {
            // "Part I" over the public items, in any case.
            return true;
        }

        return line.Any(char.IsLetter) && !line.Any(char.IsLower) && !PersonTitle().IsMatch(line)
            && (HeadingShape().IsMatch(line) || (!line.Contains(',') && HeadingWords().IsMatch(line)));
    }

    // "DECLARATIONS OF INTEREST OR TRANSPARENCY STATEMENTS", "MINUTE OF PREVIOUS MEETING": an item's heading in
    // capitals, with a small word between two others as a title has and a list of names has not.
    [GeneratedRegex(@"\S\s(?:OF|OR|FOR|THE|TO|ON|IN)\s\S", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingWords();

    [GeneratedRegex(@"^(?:MR|MRS|MS|MISS|MX|DR|SIR|DAME|LORD|LADY|PROF(?:ESSOR)?|REVD?|CLLR|COUNCILLORS?)\.?\s", RegexOptions.CultureInvariant)]
    private static partial Regex PersonTitle();

    [GeneratedRegex(@"^Part\s+(?:[IVX]{1,3}|[0-9]|One|Two|A|B)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartAlone();

    // A word that names a section of the business, or how open it is.
    [GeneratedRegex(@"\b(?:ITEMS?|BUSINESS|MATTERS|SESSION|PART\s+(?:[A-Z]|[0-9]+|ONE|TWO)|UNRESTRICTED|RESTRICTED|EXEMPT|CONFIDENTIAL|PRIVATE|AGENDA|DECISIONS?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingShape();
}
