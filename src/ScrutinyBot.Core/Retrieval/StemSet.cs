using System.Collections;

namespace ScrutinyBot.Core.Retrieval;

/// <summary>The stems of a text, indexed so that "does the text hold a word sharing its first five letters or more
/// with this stem" (<see cref="CoverageCalculator.Contains"/>) is a few lookups instead of a scan of every word:
/// fact entries and passages are compared with every question.</summary>
public sealed class StemSet : IReadOnlySet<string>
{
    /// <summary>How many leading letters two stems must share to count as the same word.</summary>
    public const int MinShared = 5;

    private readonly HashSet<string> _stems;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _byPrefix;
    private string[]? _sorted;

    public StemSet(IEnumerable<string> stems)
    {
        _stems = new HashSet<string>(stems, StringComparer.Ordinal);
        _byPrefix = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _stems.Count;

    /// <summary>True when a stem of the text starts with <paramref name="stem"/> or is the start of it, both
    /// <see cref="MinShared"/> letters or longer.</summary>
    public bool SharesStart(string stem)
    {
        ArgumentNullException.ThrowIfNull(stem);
        if (stem.Length < MinShared)
        {
            return false;
        }

        for (var length = MinShared; length <= stem.Length; length++)
        {
            if (_byPrefix.Contains(stem.AsSpan(0, length)))
            {
                return true;
            }
        }

        // In ordinal order the words starting with the stem follow it directly.
        var sorted = _sorted ??= [.. _stems.Order(StringComparer.Ordinal)];
        var at = Array.BinarySearch(sorted, stem, StringComparer.Ordinal);
        at = at < 0 ? ~at : at;
        return at < sorted.Length && sorted[at].StartsWith(stem, StringComparison.Ordinal);
    }

    public bool Contains(string item) => _stems.Contains(item);

    public bool IsProperSubsetOf(IEnumerable<string> other) => _stems.IsProperSubsetOf(other);

    public bool IsProperSupersetOf(IEnumerable<string> other) => _stems.IsProperSupersetOf(other);

    public bool IsSubsetOf(IEnumerable<string> other) => _stems.IsSubsetOf(other);

    public bool IsSupersetOf(IEnumerable<string> other) => _stems.IsSupersetOf(other);

    public bool Overlaps(IEnumerable<string> other) => _stems.Overlaps(other);

    public bool SetEquals(IEnumerable<string> other) => _stems.SetEquals(other);

    public IEnumerator<string> GetEnumerator() => _stems.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
