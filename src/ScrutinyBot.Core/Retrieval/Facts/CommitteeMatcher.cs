using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Retrieval.Facts;

/// <summary>Loose committee matching: "CYP", "C&amp;F", "children and young people" or the full name all find
/// "Children and Young People Scrutiny Committee". Case-insensitive; every meaningful word the user typed must be in
/// the name (a word matches another when one starts with the other, so "child" finds "children"), and a short token
/// may instead be the initials of the name's meaningful words or of all its words.</summary>
public static partial class CommitteeMatcher
{
    private static readonly HashSet<string> Connectives = new(StringComparer.Ordinal) { "and", "of", "the", "for", "on", "in", "s" };

    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "committee", "committees", "scrutiny", "select", "panel", "board", "sub", "subcommittee", "overview", "council",
        "meeting", "meetings", "commission", "forum", "group", "cttee", "ctte",
    };

    /// <summary>True when <paramref name="query"/> is empty (no filter) or names <paramref name="committee"/>.</summary>
    public static bool Matches(string? committee, string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return true;
        }

        if (string.IsNullOrWhiteSpace(committee))
        {
            return false;
        }

        var name = Words(committee);
        var allInitials = string.Concat(name.Where(w => !Connectives.Contains(w)).Select(w => w[0]));
        var contentInitials = string.Concat(name.Where(IsContent).Select(w => w[0]));
        var tokens = Words(query);
        var content = tokens.Where(IsContent).ToList();
        var required = content.Count > 0 ? content : tokens.Where(t => !Connectives.Contains(t)).ToList();
        return required.Count > 0 && required.TrueForAll(t => IsWordIn(t, name) || IsInitials(t, contentInitials, allInitials));
    }

    /// <summary>True when no committee is named, or <paramref name="committee"/> matches any of them.</summary>
    public static bool MatchesAny(string? committee, IReadOnlyCollection<string> queries) =>
        queries.Count == 0 || queries.Any(q => Matches(committee, q));

    private static bool IsContent(string word) => !Connectives.Contains(word) && !Generic.Contains(word);

    private static bool IsWordIn(string token, List<string> name) =>
        name.Exists(w => w == token
            || (token.Length >= 4 && w.StartsWith(token, StringComparison.Ordinal))
            || (w.Length >= 4 && token.StartsWith(w, StringComparison.Ordinal) && token.Length - w.Length <= 2));

    private static bool IsInitials(string token, string contentInitials, string allInitials) =>
        token.Length is >= 2 and <= 6
        && (token == contentInitials || (allInitials.Length > 0 && allInitials.StartsWith(token, StringComparison.Ordinal)));

    private static List<string> Words(string text)
    {
        var collapsed = Ampersanded().Replace(text, m => string.Concat(m.Value.Where(char.IsLetter)));
        var spaced = collapsed.Replace("&", " and ", StringComparison.Ordinal).ToLowerInvariant();
        return NonWord().Split(Possessive().Replace(spaced, string.Empty))
            .Where(w => w.Length > 0)
            .ToList();
    }

    [GeneratedRegex(@"\b[A-Za-z](?:\s?&\s?[A-Za-z])+\b")]
    private static partial Regex Ampersanded();

    [GeneratedRegex(@"['’]s\b")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
