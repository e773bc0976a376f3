using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Answering.Facts;

/// <summary>Which facts of one list hold each word stem (an inverted index, built once per fact set), so a topic
/// question compares its words with the few facts that could reach the coverage it needs instead of with every
/// fact: a fact missing more of the topic's words than the coverage allows cannot match, so it must hold one of the
/// topic's rarest words. The narrowing is exact: every fact <see cref="CoverageCalculator.Coverage"/> would pass is
/// among the candidates (the same word with an ending, a synonym and a two-word stem's first word all count).</summary>
public sealed class FactTopicPostings<T>
    where T : class
{
    private readonly Dictionary<string, List<T>> _byStem = new(StringComparer.Ordinal);
    private readonly string[] _vocabulary;

    public FactTopicPostings(IReadOnlyList<T> facts, Func<T, IReadOnlySet<string>> stemsOf)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(stemsOf);
        foreach (var fact in facts)
        {
            foreach (var stem in stemsOf(fact))
            {
                if (!_byStem.TryGetValue(stem, out var holding))
                {
                    _byStem[stem] = holding = [];
                }

                holding.Add(fact);
            }
        }

        _vocabulary = [.. _byStem.Keys];
    }

    /// <summary>The facts that may cover at least <paramref name="minCoverage"/> of <paramref name="topicStems"/>
    /// (each stem weighted alike), or null when no word can be ruled out (then every fact is a candidate).</summary>
    public IReadOnlySet<T>? Candidates(IReadOnlyList<string> topicStems, double minCoverage)
    {
        ArgumentNullException.ThrowIfNull(topicStems);
        var stems = topicStems.Distinct(StringComparer.Ordinal).ToList();
        // A fact missing m of n equally weighted stems covers at most (n - m) / n.
        var mayMiss = (int)Math.Floor((stems.Count * (1 - minCoverage)) + 1e-9);
        if (stems.Count == 0 || minCoverage <= 0 || mayMiss >= stems.Count)
        {
            return null;
        }

        var holders = stems.Select(Holding).OrderBy(h => h.Count).Take(mayMiss + 1);
        var candidates = new HashSet<T>(ReferenceEqualityComparer.Instance);
        foreach (var holding in holders)
        {
            candidates.UnionWith(holding);
        }

        return candidates;
    }

    /// <summary>The facts holding the stem as <see cref="CoverageCalculator.Coverage"/> finds it: the stem itself, the
    /// same word with an ending, or one of its synonyms.</summary>
    private HashSet<T> Holding(string stem)
    {
        var holding = new HashSet<T>(ReferenceEqualityComparer.Instance);
        foreach (var alternative in Synonyms.For(stem).Prepend(stem))
        {
            // A two-word stem needs both words, so the facts holding its first are enough.
            var word = alternative.Split(' ')[0];
            foreach (var known in _vocabulary)
            {
                if (known == word || (!alternative.Contains(' ', StringComparison.Ordinal) && StemSet.SameWord(known, word)))
                {
                    holding.UnionWith(_byStem[known]);
                }
            }
        }

        return holding;
    }
}
