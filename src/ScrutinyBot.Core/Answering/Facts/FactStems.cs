using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Answering.Facts;

/// <summary>The word stems of fact texts (a work-programme entry, a recommendation), worked out once per fact set:
/// every question that looks for a topic compares it with every entry, and stemming them all again for each question
/// cost more than the rest of the answer.</summary>
/// <remarks>Keyed by the fact itself (by reference) and the method that gives its text, so one fact can be compared
/// on its title alone and on its whole entry; that method must read the fact alone (no captured state).
/// <see cref="Uncached"/> stems afresh each time (for one-off callers).</remarks>
public sealed class FactStems
{
    private readonly ConcurrentDictionary<Key, StemSet>? _stems;

    // One copy of each stem across all entries: the same few thousand words recur in every entry.
    private readonly ConcurrentDictionary<string, string> _words = new(StringComparer.Ordinal);

    // The inverted index of each list compared on each text method, built on first use.
    private readonly ConcurrentDictionary<Key, Lazy<object>> _postings = new(new KeyComparer());

    public FactStems(FactSet facts)
    {
        Facts = facts;
        _stems = new ConcurrentDictionary<Key, StemSet>(new KeyComparer());
    }

    private FactStems()
    {
        Facts = FactSet.Empty;
    }

    /// <summary>Stems computed on every call, nothing kept.</summary>
    public static FactStems Uncached { get; } = new();

    /// <summary>The fact set these stems belong to.</summary>
    public FactSet Facts { get; }

    public IReadOnlySet<string> Of<T>(T fact, Func<T, string> text)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_stems is null)
        {
            return CoverageCalculator.IndexedStems(text(fact));
        }

        return _stems.GetOrAdd(new Key(fact, text), (key, words) => CoverageCalculator.IndexedStems(((Func<T, string>)key.Text)((T)key.Fact), w => words.GetOrAdd(w, w)), _words);
    }

    /// <summary>Which facts of <paramref name="facts"/> hold each stem of their <paramref name="text"/>, built once per
    /// list and text method; null for <see cref="Uncached"/> (nothing is kept, every fact is compared).</summary>
    public FactTopicPostings<T>? Postings<T>(IReadOnlyList<T> facts, Func<T, string> text)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(text);
        if (_stems is null)
        {
            return null;
        }

        var lazy = _postings.GetOrAdd(new Key(facts, text), _ => new Lazy<object>(() => new FactTopicPostings<T>(facts, f => Of(f, text))));
        return (FactTopicPostings<T>)lazy.Value;
    }

    private readonly record struct Key(object Fact, Delegate Text);

    private sealed class KeyComparer : IEqualityComparer<Key>
    {
        public bool Equals(Key x, Key y) => ReferenceEquals(x.Fact, y.Fact) && x.Text.Method == y.Text.Method;

        public int GetHashCode(Key obj) => HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Fact), obj.Text.Method);
    }
}
