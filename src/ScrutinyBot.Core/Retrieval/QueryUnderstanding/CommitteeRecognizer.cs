using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>Finds which known committee a question names: by acronym ("CYP", "C&amp;F") or by the words that tell
/// the committees apart ("partnership board", "select committee"), by its whole name even when that is one shared
/// word ("Cabinet"), and by "full council" for the council's own meeting ("County Council", "City Council").
/// The names come from the store, not from code.</summary>
public sealed partial class CommitteeRecognizer
{
    private const double Threshold = 1.5;

    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "and", "of", "the", "for", "on", "in", "to", "with", "at", "by", "a", "an", "&" };

    private readonly List<Entry> _entries;
    private readonly Dictionary<string, double> _wordWeights;

    public CommitteeRecognizer(IEnumerable<string> committeeNames)
    {
        _entries = committeeNames
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .GroupBy(Normalize, StringComparer.Ordinal)
            .Select(g => g.OrderBy(n => n.Length).First())
            .Select(n => new Entry(n, Words(n), Acronyms(n)))
            .ToList();
        _wordWeights = _entries
            .SelectMany(e => e.Words.Distinct())
            .GroupBy(w => w, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => 1.0 / g.Count(), StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Names => _entries.Select(e => e.Name).ToList();

    /// <summary>The committee the question names, or null when it names none clearly.</summary>
    public CommitteeMatch? Match(string question)
    {
        if (_entries.Count == 0)
        {
            return null;
        }

        var rawTokens = RawToken().Matches(WithoutPossessive(question)).Select(m => m.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        // "the safeguarding partnership's funding": the possessive's "s" is no word of "Children's Partnership Board".
        var stems = TextTerms.Tokenize(WithoutPossessive(question)).Select(TextTerms.Stem).ToHashSet(StringComparer.Ordinal);
        var named = WholeName(stems) ?? (FullCouncil().IsMatch(question) ? TheCouncil() : null);
        CommitteeMatch? best = null;
        var bestScore = 0.0;
        foreach (var entry in _entries)
        {
            var acronym = entry.Acronyms.FirstOrDefault(rawTokens.Contains);
            var score = acronym is null ? 0.0 : 3.0;
            score += entry.Words.Distinct().Where(stems.Contains).Sum(w => _wordWeights[w]);
            score = ReferenceEquals(entry, named) ? Math.Max(score, Threshold) : score;
            if (score > bestScore + 1e-9)
            {
                (best, bestScore) = (new CommitteeMatch(entry.Name, acronym), score);
            }
            else if (Math.Abs(score - bestScore) < 1e-9)
            {
                best = null;
            }
        }

        return bestScore >= Threshold ? best : null;
    }

    /// <summary>The committee every word of whose name the question holds, the longest such name when one is.</summary>
    private Entry? WholeName(HashSet<string> stems)
    {
        var complete = _entries.Where(e => e.Words.Count > 0 && e.Words.All(stems.Contains)).OrderByDescending(e => e.Words.Count).Take(2).ToList();
        return complete.Count == 1 || (complete.Count == 2 && complete[0].Words.Count > complete[1].Words.Count) ? complete[0] : null;
    }

    /// <summary>The council's own meeting: the one name of at most two words ending "Council" ("County Council").</summary>
    private Entry? TheCouncil()
    {
        var councils = _entries.Where(e => e.Words.Count <= 2 && e.Words[^1] == "council").ToList();
        return councils.Count == 1 ? councils[0] : null;
    }

    private static List<string> Words(string name) =>
        TextTerms.Tokenize(WithoutPossessive(name)).Where(t => !Joiners.Contains(t)).Select(TextTerms.Stem).ToList();

    /// <summary>"Children and Young People Scrutiny Committee" gives "cyp", "c&amp;yp", "cypsc"; "Children and Families
    /// Select Committee" gives "cf", "c&amp;f", "cfsc".</summary>
    private static HashSet<string> Acronyms(string name)
    {
        var words = RawToken().Matches(WithoutPossessive(name)).Select(m => m.Value).ToList();
        var core = new List<(char Letter, bool AfterAnd)>();
        var afterAnd = false;
        var all = new List<char>();
        foreach (var word in words)
        {
            var lower = word.ToLowerInvariant();
            if (lower is "and" or "&")
            {
                afterAnd = true;
                continue;
            }

            if (Joiners.Contains(lower))
            {
                continue;
            }

            all.Add(lower[0]);
            if (!IsBodyWord(lower))
            {
                core.Add((lower[0], afterAnd));
            }

            afterAnd = false;
        }

        var acronyms = new HashSet<string>(StringComparer.Ordinal);
        for (var start = 0; start < core.Count - 1; start++)
        {
            var tail = core.Skip(start).ToList();
            if (start == 0 || tail.Count >= 3)
            {
                acronyms.Add(new string(tail.Select(c => c.Letter).ToArray()));
                acronyms.Add(string.Concat(tail.Select((c, i) => c.AfterAnd && i > 0 ? "&" + c.Letter : c.Letter.ToString())));
            }
        }

        if (all.Count >= 2)
        {
            acronyms.Add(new string(all.ToArray()));
        }

        return acronyms;
    }

    /// <summary>A committee name folded for comparison: lower case, no possessive "'s", single spaces.</summary>
    public static string Normalize(string name) =>
        string.Join(' ', WithoutPossessive(name).ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>True when a chunk's or fact's committee is the named one (or a longer name containing it).</summary>
    public static bool IsSame(string? committee, string name) =>
        committee is not null && Normalize(committee).Contains(Normalize(name), StringComparison.Ordinal);

    private static string WithoutPossessive(string text) =>
        text.Replace("'s", string.Empty, StringComparison.OrdinalIgnoreCase).Replace("\u2019s", string.Empty, StringComparison.OrdinalIgnoreCase);

    private static bool IsBodyWord(string word) =>
        word is "committee" or "scrutiny" or "select" or "board" or "panel" or "sub" or "subcommittee" or "council" or "partnership" or "forum" or "group" or "cabinet" or "overview";

    /// <summary>True when the question calls the council's own meeting "full council": "full" is then part of a name.</summary>
    public static bool SaysFullCouncil(string question) => FullCouncil().IsMatch(question);

    [GeneratedRegex(@"\bfull council\b", RegexOptions.IgnoreCase)]
    private static partial Regex FullCouncil();

    [GeneratedRegex(@"[A-Za-z]+(?:&[A-Za-z]+)*|&")]
    private static partial Regex RawToken();

    private sealed record Entry(string Name, List<string> Words, HashSet<string> Acronyms);
}
