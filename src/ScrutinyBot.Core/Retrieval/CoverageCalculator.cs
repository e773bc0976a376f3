using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Retrieval;

/// <summary>How much of a question's content a piece of text covers, each word weighted by its rarity.</summary>
public static class CoverageCalculator
{
    /// <returns>0..1: the weight of the question stems found in <paramref name="textStems"/> over the weight of all.</returns>
    public static double Coverage(IReadOnlyDictionary<string, double> stemWeights, IReadOnlySet<string> textStems) => Coverage(stemWeights, textStems, null);

    /// <param name="alsoStems">Stems read as part of the text without being in it (what the text's context says).</param>
    /// <param name="spelledOut">The names the question writes in full (<see cref="SpelledOutName.Of"/>): a text holding a
    /// name's initials covers its words, as a synonym does.</param>
    public static double Coverage(IReadOnlyDictionary<string, double> stemWeights, IReadOnlySet<string> textStems, IReadOnlySet<string>? alsoStems, IReadOnlyList<SpelledOutName>? spelledOut = null)
    {
        var total = 0.0;
        var found = 0.0;
        var initialled = Initialled(spelledOut, textStems);
        if (alsoStems is not null && Initialled(spelledOut, alsoStems) is { } alsoInitialled)
        {
            (initialled ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(alsoInitialled);
        }

        foreach (var (stem, weight) in stemWeights)
        {
            total += weight;
            if (Contains(textStems, stem) || (alsoStems is not null && Contains(alsoStems, stem))
                || (SecondYearWrittenOut(stem, stemWeights) is { } year && (textStems.Contains(year) || (alsoStems?.Contains(year) ?? false)))
                || DurationInDays.Covers(stem, stemWeights, textStems))
            {
                found += weight;
            }
            else if ((initialled is not null && initialled.Contains(stem))
                || Synonyms.For(stem).Any(alternative => Contains(textStems, alternative) || (alsoStems is not null && Contains(alsoStems, alternative))))
            {
                found += weight * 0.8;
            }
        }

        return total <= 0 ? 0 : found / total;
    }

    /// <summary>"2022" for the "22" of "2021/22" (the question's words hold the year before it): the second year of a
    /// range written short is the same word as written out ("2021/2022"); null for any other stem.</summary>
    private static string? SecondYearWrittenOut(string stem, IReadOnlyDictionary<string, double> stemWeights)
    {
        if (stem.Length != 2 || !char.IsAsciiDigit(stem[0]) || !char.IsAsciiDigit(stem[1]))
        {
            return null;
        }

        var year = 2000 + ((stem[0] - '0') * 10) + (stem[1] - '0');
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        return stemWeights.ContainsKey((year - 1).ToString(invariant)) ? year.ToString(invariant) : null;
    }

    /// <summary>The stems of the question's names whose initials the text holds ("tmg" for "treasury management group");
    /// null when it holds none.</summary>
    private static HashSet<string>? Initialled(IReadOnlyList<SpelledOutName>? spelledOut, IReadOnlySet<string> textStems)
    {
        HashSet<string>? stems = null;
        if (spelledOut is null)
        {
            return stems;
        }

        foreach (var name in spelledOut)
        {
            if (name.Defined)
            {
                if (Contains(textStems, string.Join(' ', name.Stems)))
                {
                    (stems ??= new HashSet<string>(StringComparer.Ordinal)).Add(name.Letters);
                }
            }
            else if (textStems.Contains(name.WrittenStem))
            {
                (stems ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(name.Stems);
            }
        }

        return stems;
    }

    /// <summary>True when the text holds the stem, or the same word with an ending ("safeguard" ~ "safeguarding",
    /// but "child" is not "childcare"); a two-word stem ("young peopl") needs both words, side by side where the text is
    /// known.</summary>
    public static bool Contains(IReadOnlySet<string> textStems, string stem)
    {
        if (stem.Contains(' ', StringComparison.Ordinal))
        {
            return textStems is StemSet phrases ? phrases.HoldsPhrase(stem) : stem.Split(' ').All(textStems.Contains);
        }

        // "s151" is "Section 151" written short, "Q3" is "Quarter 3": the same words, not synonyms.
        if (ShortForms.Spelled(stem) is { } spelled && spelled.Split(' ').Select(TextTerms.Stem).All(textStems.Contains))
        {
            return true;
        }

        if (NumberWords.OtherWay(stem) is { } number && textStems.Contains(number))
        {
            return true;
        }

        if (textStems is StemSet indexed)
        {
            return indexed.Contains(stem) || indexed.SharesStart(stem) || indexed.DiffersByAt(stem) || indexed.Abbreviates(stem) || indexed.ShortensCounty(stem);
        }

        // The stemmer takes "-ation" off whole and "-ated" down to "-at" (as StemSet.DiffersByAt reads it).
        return textStems.Contains(stem)
            || (stem.Length >= 6 && stem.EndsWith("at", StringComparison.Ordinal) && textStems.Contains(stem[..^2]))
            || (stem.Length >= 4 && textStems.Contains(stem + "at"))
            || (stem.Length >= StemSet.MinShared && textStems.Any(s => StemSet.SameWord(s, stem)));
    }

    /// <summary>The stems of a text, indexed for <see cref="Contains"/>, which also reads the initialisms of its names
    /// ("SIS" is covered by "Strengthening Independence Service").</summary>
    public static StemSet Stems(string text) => IndexedStems(text);

    /// <summary>The stems of a text, indexed for <see cref="Contains"/>: for texts compared with many questions
    /// (or one question's many words).</summary>
    /// <param name="share">Maps each stem to one shared copy, for callers keeping many texts' stems.</param>
    public static StemSet IndexedStems(string text, Func<string, string>? share = null) =>
        new(share is null ? TextTerms.Tokenize(text).Select(TextTerms.Stem) : TextTerms.Tokenize(text).Select(t => share(TextTerms.Stem(t))), text);
}
