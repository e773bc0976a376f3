using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Extraction.Meetings;

/// <summary>
/// The words officers' job titles are made of, as minutes list them beside names: "Scrutiny and Audit Support
/// Officer", "Director of Children's Integrated Services" (Nottingham City), "Head of Finance Policy, Planning and
/// Strategy", "Chief Analyst", "General Counsel" (Kent). Used to tell where a name ends and its title begins when
/// nothing (a tab, a dash, a bracket) separates them, and how many people a run of titles is about.
/// </summary>
internal static partial class RoleWords
{
    /// <summary>Nouns that head a job title: each one in a run of titles is one person's.</summary>
    private static readonly HashSet<string> Heads = new(StringComparer.OrdinalIgnoreCase)
    {
        "Officer", "Manager", "Director", "Head", "Chief", "Nurse", "Constable", "Principal", "Lead", "Adviser", "Advisor",
        "Scrutineer", "Analyst", "Counsel", "Coordinator", "Co-ordinator", "Commissioner", "Consultant", "Administrator",
    };

    /// <summary>Other words titles are built from (never a surname in the papers read).</summary>
    private static readonly HashSet<string> Parts = new(StringComparer.OrdinalIgnoreCase)
    {
        "Scrutiny", "Audit", "Support", "Democratic", "Governance", "Services", "Service", "Senior", "Assistant", "Deputy",
        "Interim", "Corporate", "Executive", "Strategic", "Policy", "Legal", "Finance", "Project", "Programme", "Team",
        "Committee", "Business", "Inclusion", "Education", "Safeguarding", "Partnerships", "Integrated", "General",
    };

    private static readonly HashSet<string> Joiners = new(StringComparer.OrdinalIgnoreCase) { "and", "of", "for", "&", "the" };

    /// <summary>"Damon Stanton Scrutiny and Audit Support Officer" → ("Damon Stanton", "Scrutiny and Audit Support
    /// Officer"): the trailing words that form a job title ending in a title noun, when at least two words of name
    /// are left before them. Otherwise the text unchanged and no role.</summary>
    public static (string Name, string? Role) SplitTrailingRole(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || !Heads.Contains(words[^1].TrimEnd('.', ',', ';')))
        {
            return (text, null);
        }

        var start = words.Length - 1;
        while (start > 0 && IsTitleWord(words[start - 1]))
        {
            start--;
        }

        while (start < words.Length && Joiners.Contains(words[start]))
        {
            start++;
        }

        return start >= 2 ? (string.Join(' ', words[..start]), string.Join(' ', words[start..])) : (text, null);
    }

    /// <summary>How many job titles a run of them holds ("Director of X Corporate Director for Y" is two): the
    /// title nouns, counting a noun qualified by the one before it ("Chief Nurse") once.</summary>
    public static int CountTitles(string? roles)
    {
        if (string.IsNullOrWhiteSpace(roles))
        {
            return 0;
        }

        var words = Word().Matches(roles).Select(m => m.Value).ToList();
        return words.Where((w, i) => Heads.Contains(w) && !(i + 1 < words.Count && Heads.Contains(words[i + 1]))).Count();
    }

    private static bool IsTitleWord(string word) =>
        Heads.Contains(word) || Parts.Contains(word) || Joiners.Contains(word);

    [GeneratedRegex(@"[\w'’-]+")]
    private static partial Regex Word();
}
