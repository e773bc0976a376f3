using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Extraction.Meetings;

/// <summary>
/// Splits attendance text into people: "Councillor Georgia Power Councillor Fozia Mubashar Councillor Michael Savage (Chair)",
/// "Mike Introna (Chairman)", "Robert Corden (Absent)", "Jim Creamer for Errol Henry JP", "Councillor Debbie Darby - other reasons".
/// </summary>
internal static partial class PersonNames
{
    public static IReadOnlyList<(string Name, string? Marker, string? Note)> Split(string cell)
    {
        // "Councillor Strachan, Convener; Councillor Duguid, Vice Convener; and …": the chair's role after a comma is
        // the marker others write in brackets.
        var text = RoleAfterComma().Replace(NestedBracket().Replace(cell.Trim().TrimEnd('.', ';'), "($1, $2)"), " ($1)");
        // "Councillor Melanie Dales (for Councillor Nicola Cooper-Holmes)" as "… Dales for Councillor …". In a list
        // ("Councillors A Drummond, K Menzies and F Strathearn (substituting for Councillor C Stewart)") the bracket
        // stays a note on the name before it.
        var aList = ListSplit().IsMatch(BracketedFor().Replace(text, string.Empty));
        text = aList ? text : BracketedFor().Replace(text, "for $1");
        var substitute = SubstituteFor().Match(text);
        if (substitute.Success && Title().Matches(substitute.Groups["name"].Value).Count <= 1)
        {
            var name = substitute.Groups["name"].Value.Trim();
            return IsName(name) ? [(name, "Substitute", $"substitute for {substitute.Groups["other"].Value.Trim()}")] : [];
        }

        text = WithTitleEach(text);
        string? sharedNote = null;
        var dash = DashNote().Match(text);
        if (dash.Success && dash.Index > 0)
        {
            sharedNote = text[(dash.Index + dash.Length)..].Trim();
            text = text[..dash.Index];
        }

        // Split at each title, then a piece that is no name at the list's marks: "Cllr Jill Tuttle and Ms Helen Bidwell".
        var pieces = AfterMarker().Split(text).SelectMany(part => Title().Matches(part).Count >= 2
            ? TitleSplit().Split(part).SelectMany(p => IsName(WithoutListMarks(p)) ? [p] : ListSplit().Split(p))
            : ListSplit().Split(part));
        var result = new List<(string, string?, string?)>();
        foreach (var raw in pieces)
        {
            // "Councillor A, Councillor B and Councillor C" split at each title leaves "Councillor B and".
            // "…; and Andrew Lamont, Committee Services Officer": the list's last name after its semicolon and "and".
            var piece = WithoutListMarks(raw);
            string? marker = null;
            foreach (Match m in Marker().Matches(piece))
            {
                marker = marker is null ? m.Groups[1].Value : $"{marker}; {m.Groups[1].Value}";
            }

            if (InTheChair().Match(piece) is { Success: true } chaired)
            {
                // "PRESENT: Councillor A Smith in the Chair"
                marker = marker is null ? "Chair" : $"{marker}; Chair";
                piece = piece[..chaired.Index];
            }

            // "Councillor Kyle (C)", "Cllr Ahmed (Lab)": a party or where they sat (in the chamber, remote) is not the name.
            piece = WithoutShortBracket(Marker().Replace(piece, string.Empty)).Trim();
            string? note = null;
            var titled = BracketedTitle().Match(piece);
            if (titled.Success)
            {
                // "Mrs A Beer (Chief Executive)": the bracket is the person's title, not part of the name.
                note = titled.Groups["title"].Value.Trim();
                piece = titled.Groups["name"].Value.Trim();
            }

            var cut = Note().Match(piece);
            if (note is null && cut.Success)
            {
                note = piece[(cut.Index + cut.Length)..].Trim();
                piece = piece[..cut.Index].Trim();
                note = cut.Value.Contains("for", StringComparison.OrdinalIgnoreCase) ? $"substitute for {note}" : note;
            }

            piece = piece.Trim(',', ';', ' ', '-', '–');
            if (IsName(piece))
            {
                note = note is { Length: > 0 } ? note : sharedNote;
                result.Add((piece, marker, note is { Length: > 0 } ? note : null));
            }
        }

        return result;
    }

    /// <summary>A list's piece without the commas, semicolons and "and" that joined it to the others.</summary>
    private static string WithoutListMarks(string piece) =>
        LeadingAnd().Replace(TrailingAnd().Replace(piece.Trim().Trim(',', ';').Trim(), string.Empty), string.Empty);

    /// <summary>"Councillors Ahmed, Brown and Clarke", "Councillors: A. Lewis, B. Morgan": a plural title belongs to
    /// every name of the list after it (up to the next singular title), written out before each.</summary>
    private static string WithTitleEach(string text)
    {
        var plural = PluralTitle().Match(text);
        if (!plural.Success)
        {
            return WithFirstTitleEach(text);
        }

        var start = plural.Index + plural.Length;
        var next = Title().Match(text, start);
        var end = next.Success ? next.Index : text.Length;
        var title = plural.Groups["title"].Value;
        var names = ListSplit().Split(text[start..end])
            .Select(n => n.Trim().Trim(',', ';').Trim())
            .Where(n => n.Length > 0)
            .Select(n => $"{title} {n}");
        return text[..plural.Index] + string.Join(", ", names) + (next.Success ? ", " + WithTitleEach(text[end..]) : string.Empty);
    }

    /// <summary>"Councillor Hollins (Chair), Ashdown (Deputy Chair), Bracewell and Whitlock": a list whose first name
    /// has a councillor's title and every other is a surname alone gives them all the title.</summary>
    private static string WithFirstTitleEach(string text)
    {
        var first = LeadingTitle().Match(text);
        if (!first.Success)
        {
            return text;
        }

        var pieces = ListSplit().Split(text).Select(n => n.Trim().Trim(',', ';').Trim()).Where(n => n.Length > 0).ToList();
        return pieces.Count >= 3 && pieces.Skip(1).All(IsSurnameAlone)
            ? string.Join(", ", pieces.Select((p, k) => k == 0 ? p : $"{first.Groups["title"].Value} {p}"))
            : text;
    }

    /// <summary>The text without short bracketed notes: a party ("(Lab)") or where a member sat ("(C)" in the
    /// chamber, "(R)" remote).</summary>
    public static string WithoutShortBracket(string text) => ShortBracket().Replace(text, string.Empty);

    /// <summary>A surname alone, a marker after it at most ("Devlin (Alternate)", "Ashdown (Deputy Chair)").</summary>
    public static bool IsSurnameAlone(string text) => SurnameAlone().IsMatch(text);

    public static bool IsName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 6 && text.Length < 60 && char.IsUpper(text[0])
            && !text.Any(char.IsDigit) && !NotAName().IsMatch(text)
            && words.Count(w => char.IsUpper(w[0])) >= words.Length - 1;
    }

    [GeneratedRegex(@"^(?<name>[A-Z][^()]+?)\s+(?:substituting\s+|as\s+substitute\s+)?for\s+(?<other>(?:Councillor|Cllr\.?)\s+[A-Z].*|[A-Z][\w'-]+\s+[A-Z].*)$")]
    private static partial Regex SubstituteFor();

    [GeneratedRegex(@"\b(?:Councillor|Cllr\.?|County (?:Borough )?Councillor)\s")]
    private static partial Regex Title();

    [GeneratedRegex(@"\b(?<title>County (?:Borough )?Councillor|Councillor|Cllr)s\.?\s*:?\s+")]
    private static partial Regex PluralTitle();

    /// <summary>Before each title, but not one inside a bracket: "(substitute for Councillor Ruth Cheng)" is a note on the
    /// name before it.</summary>
    [GeneratedRegex(@"(?=\b(?:County (?:Borough )?Councillor|Councillor|Cllr\.?)\s)(?<!County )(?<!County Borough )(?![^()]*\))")]
    private static partial Regex TitleSplit();

    [GeneratedRegex(@"\s+[-–—]\s+")]
    private static partial Regex DashNote();

    [GeneratedRegex(@"(?<=\))\s+(?=[A-Z])")]
    private static partial Regex AfterMarker();

    // Not inside brackets: "Mrs S Hammond (Corporate Director Children, Young People and Education)" is one person.
    [GeneratedRegex(@"[,;]\s*(?![^()]*\))|\s+and\s+(?=[A-Z])(?![^()]*\))")]
    private static partial Regex ListSplit();

    [GeneratedRegex(@"^(?<name>[^()]{3,}?)\s*\((?<title>[^()]{3,})\)$")]
    private static partial Regex BracketedTitle();

    [GeneratedRegex(@"\(\s*((?:Vice[- ]?)?Chair(?:man|woman|person)?|(?:Vice[- ]?|Depute\s+)?Conven[eo]r|in the Chair|Apologies|Absent|Substitut(?:e|ing)[^)]*|Sub|Present|Late|Left[^)]*|Arrived[^)]*)\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex Marker();

    [GeneratedRegex(@"\(\s*(?:substituting\s+)?for\s+([^()]{3,60})\)")]
    private static partial Regex BracketedFor();

    [GeneratedRegex(@",\s*((?:Vice[- ]?|Depute\s+)?(?:Conven[eo]r|Chair(?:man|woman|person)?))\b(?=\s*(?:[;,]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex RoleAfterComma();

    [GeneratedRegex(@"\s+in\s+the\s+Chair\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex InTheChair();

    [GeneratedRegex(@"\s+(?:-|–|—)\s+|\s+(?:substituting\s+)?for\s+(?=(?:Councillor|Cllr|[A-Z]))")]
    private static partial Regex Note();

    [GeneratedRegex(@"\b(?:Officer|Manager|Director|Head of|Member for|Portfolio Holder|Executive|Service|Services|Council|Committee|Board|Partnership|Team|Apologies|Absent|Present|Membership|None|Indicates|Attendance|Representatives?|Chair of|Trust|NHS|Police|Governance|Councillors)\b|[:@/]", RegexOptions.IgnoreCase)]
    private static partial Regex NotAName();

    [GeneratedRegex(@"^(?<title>County (?:Borough )?Councillor|Councillor|Cllr\.?)\s+[A-Z]")]
    private static partial Regex LeadingTitle();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’-]+(?:\s+\([^()]{2,30}\))?$")]
    private static partial Regex SurnameAlone();

    [GeneratedRegex(@"[\s,]+(?:and|&)$")]
    private static partial Regex TrailingAnd();

    [GeneratedRegex(@"^(?:and|&)\s+(?=[A-Z])")]
    private static partial Regex LeadingAnd();

    /// <summary>"Gillian Brereton (Vice-Chair (Overview))" (Staffordshire): a role with its own bracket inside, read as
    /// "(Vice-Chair, Overview)".</summary>
    [GeneratedRegex(@"\(([^()]*?)\s*\(([^()]*)\)\s*\)")]
    private static partial Regex NestedBracket();

    [GeneratedRegex(@"\s*\([A-Z][A-Za-z]{0,4}\)")]
    private static partial Regex ShortBracket();
}
