using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Extraction.Text;

/// <summary>
/// The council a paper is written for when its header does not say ("Children and Families Select Committee", or
/// "A meeting of the County Council"): of the councils it names in full, the one whose place it names most. A paper
/// speaks of its own area throughout ("Nottinghamshire" a hundred times) and names its own council in full only now
/// and then, no more often than a neighbour it compares itself with ("Nottingham City Council" twice).
/// </summary>
internal static partial class NamedCouncils
{
    private const int MinPlaceMentions = 3;

    private const int MinMentions = 1;

    public static string? MostNamed(IReadOnlyList<string> lines)
    {
        var names = new List<string>();
        foreach (var line in lines)
        {
            foreach (Match match in FullName().Matches(TitleCase.FromShouting(line)))
            {
                var name = Regex.Replace(match.Value, @"\s+", " ");
                if (!NotAPlace().IsMatch(name) && !names.Contains(name, StringComparer.Ordinal))
                {
                    names.Add(name);
                }
            }
        }

        if (names.Count == 0)
        {
            return null;
        }

        var text = string.Join("\n", lines);
        var best = names
            .Select(n => (Name: n, Named: Regex.Count(text, Regex.Escape(n).Replace(@"\ ", @"\s+")), Mentions: Regex.Count(text, $@"\b{Regex.Escape(Place(n))}\b", RegexOptions.IgnoreCase)))
            .Where(c => c.Named >= MinMentions && !IsCommonWord(text, c.Name.Split(' ')[0]))
            .OrderByDescending(c => c.Mentions)
            .FirstOrDefault();
        return best.Name is not null && best.Mentions >= MinPlaceMentions && !SaysAnotherCouncilMore(text, best.Name, best.Named) ? best.Name : null;
    }

    /// <summary>"Budget County Council" (a heading run into the meeting's name) names no place: a place is written
    /// with a capital, and "budget" is not (web and mail addresses aside: "www.kent.gov.uk").</summary>
    private static bool IsCommonWord(string text, string word) =>
        Regex.Count(text, $@"(?<![\w.@/]){Regex.Escape(word.ToLowerInvariant())}(?![\w.@/])") * 4 >= Regex.Count(text, $@"\b{Regex.Escape(word)}\b");

    /// <summary>A paper that calls some council "KCC" a dozen times and names Dover District Council twice is Kent's,
    /// not Dover's: councils speak of themselves by their initials.</summary>
    private static bool SaysAnotherCouncilMore(string text, string named, int namedCount)
    {
        var own = string.Concat(named.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));
        return Initials().Matches(text).GroupBy(m => m.Value, StringComparer.Ordinal)
            .Any(g => !string.Equals(g.Key, own, StringComparison.Ordinal) && g.Count() > namedCount + Regex.Count(text, $@"\b{own}\b"));
    }

    /// <summary>"Nottinghamshire" of "Nottinghamshire County Council", "Camden" of "London Borough of Camden".</summary>
    private static string Place(string council) =>
        council.Contains(" of ", StringComparison.Ordinal) ? council[(council.IndexOf(" of ", StringComparison.Ordinal) + 4)..] : KindWords().Replace(council, string.Empty);

    /// <summary>"County Council", "The City Council", "Council": what a paper calls its own council without its place.</summary>
    public static bool IsGeneric(string? council) => council is null || GenericName().IsMatch(council.Trim());

    /// <summary>"Kent County Council" for a meeting headed "County Council": the named council of the same kind.</summary>
    public static bool IsOfKind(string named, string? generic) =>
        generic is null || named.EndsWith(GenericName().Match(Regex.Replace(generic.Trim(), @"\s+", " ")).Groups["kind"].Value + "Council", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Nottinghamshire County Council", "Brighton and Hove City Council", "Stoke-on-Trent City Council",
    /// "London Borough of Camden".</summary>
    [GeneratedRegex(@"\b[A-Z][a-z]+(?:(?:\s+(?:and|upon|on|under|le|in)\s+|-(?:on|upon|under|le|in)-|[\s-])[A-Z][a-z]+){0,3}\s+(?:City|County|Borough|District|Metropolitan Borough|Town)\s+Council\b|\b(?:London|Royal)\s+Borough\s+of\s+[A-Z][a-z]+(?:\s+(?:and|upon)\s+[A-Z][a-z]+)?\b")]
    private static partial Regex FullName();

    /// <summary>Words that open a council's generic name, not a place: "The County Council", "Other County Council".</summary>
    [GeneratedRegex(@"^(?:The|This|That|Other|Each|Every|Any|A|An|Our|Your|Their|Its|Whole|Full|Neighbouring|Relevant|Local|Host|Lead|Upper|Lower|Single|Unitary|Tier|Two|Three|Both|All|Every|Shire|Metropolitan|Member|Members|Chairman|Chair|Leader|Dear|Cllr|Councillor|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    private static partial Regex NotAPlace();

    /// <summary>"KCC", "DDC", "TWBC", "RBKC": a council by its initials.</summary>
    [GeneratedRegex(@"\b[A-Z]{1,3}(?:CC|BC|DC|MBC)\b")]
    private static partial Regex Initials();

    [GeneratedRegex(@"\s+(?:City|County|Borough|District|Metropolitan Borough|Town)\s+Council$")]
    private static partial Regex KindWords();

    [GeneratedRegex(@"^(?:the\s+)?(?<kind>(?:City|County|Borough|District|Metropolitan Borough|Town)\s+)?Council$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericName();
}
