using System.Collections;

namespace ScrutinyBot.Core.Retrieval;

/// <summary>The stems of a text, indexed so that "does the text hold the same word as this stem, with a word ending
/// the stemmer left" (<see cref="CoverageCalculator.Contains"/>) is a few lookups instead of a scan of every word:
/// fact entries and passages are compared with every question. A longer word counts only when what follows the
/// shared start is an ending ("safeguard" ~ "safeguarding", "foster" ~ "fosterers"), never another word
/// ("child" is not "childcare", "Nottingham" is not "Nottinghamshire").</summary>
public sealed class StemSet : IReadOnlySet<string>
{
    /// <summary>How many leading letters two stems must share to count as the same word.</summary>
    public const int MinShared = 5;

    /// <summary>Inflectional and derivational English endings, after the light stemmer's own
    /// (<see cref="QueryUnderstanding.TextTerms.Stem"/>): what may follow a shared start for two words to be one.</summary>
    private static readonly HashSet<string> Endings = new(StringComparer.Ordinal)
    {
        "", "s", "e", "es", "ed", "er", "ers", "ing", "ings", "al", "ally", "ly", "ion", "ions", "ive", "ity", "ities",
        "ment", "ments", "ation", "ations", "ise", "ised", "ize", "ized", "ist", "ists", "ance", "ence", "ant", "ants",
        "ent", "ents", "ic", "ical", "y", "ies", "or", "ors", "ate", "ated", "ating", "ness", "ren", "ial", "ure", "ory", "ary", "able", "abl", "ability",
    };

    private readonly HashSet<string> _stems;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _byPrefix;
    private readonly string? _text;
    private string[]? _sorted;
    private string[]? _counties;
    private string? _letters;
    private string[]? _inOrder;

    /// <param name="text">The text the stems come from, read for initialisms (<see cref="Abbreviates"/>) when asked.</param>
    public StemSet(IEnumerable<string> stems, string? text = null)
    {
        _stems = new HashSet<string>(stems, StringComparer.Ordinal);
        _byPrefix = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
        _text = text;
    }

    /// <summary>True when the stem is a county written short ("nott", from "Notts") and the text names the county
    /// ("Nottinghamshire Police"): the papers write in full what people type short. A word of the language ("bed",
    /// "staff": the language model holds it whole) is that word, not Bedfordshire or Staffordshire.</summary>
    public bool ShortensCounty(string stem)
    {
        ArgumentNullException.ThrowIfNull(stem);
        if (stem.Length is < 3 or > 9 || Spelling.ModelWords.Contains(stem))
        {
            return false;
        }

        // Most texts name no county: their "-shire" stems are found once, and a stem is read against those alone.
        _counties ??= [.. _stems.Where(s => s.EndsWith("shir", StringComparison.Ordinal))];
        foreach (var county in _counties)
        {
            if (Spelling.IndexedTerms.IsCountyFor(stem, county))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the text holds a phrase's stems ("ask for", "child protect") side by side, not only
    /// somewhere each: "asked officers for a report" does not say "ask for". Without the text, each word anywhere.</summary>
    public bool HoldsPhrase(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var words = phrase.Split(' ');
        if (!words.All(_stems.Contains))
        {
            return false;
        }

        if (_text is null)
        {
            return true;
        }

        _inOrder ??= [.. QueryUnderstanding.TextTerms.Tokenize(_text).Select(QueryUnderstanding.TextTerms.Stem)];
        for (var i = 0; i + words.Length <= _inOrder.Length; i++)
        {
            if (words.Select((w, k) => _inOrder[i + k] == w).All(same => same))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the stem is the initials of a name in the text ("sis": "Strengthening Independence
    /// Service"; <see cref="QueryUnderstanding.Initialisms"/>). The text's letters are read the first time.</summary>
    public bool Abbreviates(string stem) =>
        _text is not null && QueryUnderstanding.Initialisms.Spells(_letters ??= QueryUnderstanding.Initialisms.Letters(_text), stem);

    /// <summary>True when the set holds the stem with or without an "-at" the stemmer left: it takes "-ation" off whole
    /// but leaves the "-at" of "-ated" ("education" is "educ", "educated" "educat"). Reads without allocating, as
    /// coverage asks it of every question word in every candidate sentence.</summary>
    public bool DiffersByAt(string stem)
    {
        ArgumentNullException.ThrowIfNull(stem);
        if (stem.Length >= 6 && stem.EndsWith("at", StringComparison.Ordinal) && _byPrefix.Contains(stem.AsSpan(0, stem.Length - 2)))
        {
            return true;
        }

        if (stem.Length < 4 || stem.Length > 40)
        {
            return false;
        }

        Span<char> withAt = stackalloc char[stem.Length + 2];
        stem.AsSpan().CopyTo(withAt);
        withAt[^2] = 'a';
        withAt[^1] = 't';
        return _byPrefix.Contains(withAt);
    }

    public int Count => _stems.Count;

    /// <summary>True when one of <paramref name="shorter"/> and <paramref name="longer"/> is the other plus an
    /// ending, the shared start <see cref="MinShared"/> letters or longer.</summary>
    public static bool SameWord(string shorter, string longer)
    {
        ArgumentNullException.ThrowIfNull(shorter);
        ArgumentNullException.ThrowIfNull(longer);
        if (shorter.Length > longer.Length)
        {
            (shorter, longer) = (longer, shorter);
        }

        return shorter.Length >= MinShared && longer.StartsWith(shorter, StringComparison.Ordinal) && Endings.Contains(longer[shorter.Length..]);
    }

    /// <summary>True when a stem of the text is <paramref name="stem"/> plus an ending or the other way round
    /// (<see cref="SameWord"/>).</summary>
    public bool SharesStart(string stem)
    {
        ArgumentNullException.ThrowIfNull(stem);
        if (stem.Length < MinShared)
        {
            return false;
        }

        for (var length = MinShared; length <= stem.Length; length++)
        {
            if (Endings.Contains(stem[length..]) && _byPrefix.Contains(stem.AsSpan(0, length)))
            {
                return true;
            }
        }

        // In ordinal order the words starting with the stem follow it directly.
        var sorted = _sorted ??= [.. _stems.Order(StringComparer.Ordinal)];
        var at = Array.BinarySearch(sorted, stem, StringComparer.Ordinal);
        at = at < 0 ? ~at : at;
        for (; at < sorted.Length && sorted[at].StartsWith(stem, StringComparison.Ordinal); at++)
        {
            if (Endings.Contains(sorted[at][stem.Length..]))
            {
                return true;
            }
        }

        return false;
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
