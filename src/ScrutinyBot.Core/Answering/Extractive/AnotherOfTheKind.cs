using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>"How many signatures did the Millmead petition (the petition to save Millmead) get?" is not answered by "the Save our Seashells petition
/// received over 6,000 signatures": the question names one thing of a kind (a name before a common noun: "the Millmead
/// petition", "the Dover scheme"), and the sentence gives the figure for another of that kind, named otherwise. Its
/// subject may still be covered by the sentences around it, which speak of both.</summary>
public sealed partial class AnotherOfTheKind
{
    /// <summary>Capitalised words that name an institution, not one thing apart from another ("the Council budget").</summary>
    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "our", "this", "that", "council", "county", "city", "borough", "district", "cabinet", "committee",
        "government", "national", "local", "new",
    };

    private readonly List<(HashSet<string> Name, Regex Kind)> _asked = [];

    public AnotherOfTheKind(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        foreach (Match m in NamedThing().Matches(question).Concat(NamedAfterTheNoun().Matches(question)))
        {
            var name = Words(m.Groups["name"].Value).Where(w => !Generic.Contains(w)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (m.Index > 0 && name.Count > 0)
            {
                var noun = Regex.Escape(m.Groups["noun"].Value);
                // "the Save our Seashells petition", or "a petition entitled ‘Save Our Seashells’".
                _asked.Add((name, new Regex(@"(?<name>(?:[‘'""“]?[A-Z][\w'’-]*[’'""”]?\s+(?:(?:of|our|the|and|for|in|on)\s+)?)+)" + noun + @"(s|es)?\b", RegexOptions.CultureInvariant)));
                _asked.Add((name, new Regex(@"\b" + noun + @"(s|es)?\s+(?:entitled|called|named|known\s+as)\s+(?<name>[‘'""“]?[A-Z][\w'’-]*(?:\s+(?:(?:of|our|the|and|for|in|on)\s+)?[A-Z][\w'’-]*)*)", RegexOptions.CultureInvariant)));
            }
        }
    }

    /// <summary>True when the text names the kind asked about only under other names.</summary>
    public bool NamesAnother(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (name, kind) in _asked)
        {
            var others = kind.Matches(text)
                .Select(m => Words(m.Groups["name"].Value).Where(w => !Generic.Contains(w)).ToList())
                .Where(words => words.Count > 0)
                .ToList();
            if (others.Count > 0 && !others.Any(words => words.Any(name.Contains)) && !name.All(n => Regex.IsMatch(text, $@"\b{Regex.Escape(n)}\b", RegexOptions.IgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Words(string text) => WordPattern().Matches(text).Select(w => w.Value);

    [GeneratedRegex(@"(?<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|the|and|for|in|on)\s+)*[A-Z][\w'’-]*)*)\s+(?<noun>[a-z]{4,})\b")]
    private static partial Regex NamedThing();

    /// <summary>The name written after the kind: "the petition to save Millmead", "the scheme for Dover", "the
    /// consultation on Seashells".</summary>
    [GeneratedRegex(@"\b(?<noun>[a-z]{4,})\s+(?:to\s+(?:save|keep|stop|protect|close|reopen)|for|at|on)\s+(?<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")]
    private static partial Regex NamedAfterTheNoun();

    [GeneratedRegex(@"[A-Za-z][\w'’-]*")]
    private static partial Regex WordPattern();
}
