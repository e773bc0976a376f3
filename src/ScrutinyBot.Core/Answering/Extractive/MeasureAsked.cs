using System.Text.RegularExpressions;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>"What's the school attendance rate?" asks for the rate of one thing, named by the word before "rate": a
/// sentence giving a rate, a percentage or a number of something else ("45% of pupils … obtained 9-5 grades", "the
/// reoffending binary rate … 19.2%") does not answer it unless it, or the sentences it goes on from, names that thing.</summary>
public sealed partial class MeasureAsked
{
    private readonly string? _stem;

    public MeasureAsked(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (Measure().Match(question) is { Success: true } m && !StopWords.Contains(m.Groups["what"].Value.ToLowerInvariant()))
        {
            _stem = TextTerms.Stem(m.Groups["what"].Value);
        }
    }

    /// <summary>True when no measure is asked, or the texts name it (by its stem or a word of the same meaning).</summary>
    public bool IsNamedIn(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (_stem is null)
        {
            return true;
        }

        var stems = CoverageCalculator.Stems(string.Join(' ', texts));
        return CoverageCalculator.Contains(stems, _stem) || Synonyms.For(_stem).Any(s => CoverageCalculator.Contains(stems, s));
    }

    /// <summary>A lower-case word before the measure noun: a capitalised one names a place or body ("Kent's rate",
    /// "the Ofsted rate"), which other checks read.</summary>
    [GeneratedRegex(@"\b(?<what>[a-z][a-z-]{2,})\s+(rate|rates|percentage|proportion)\b")]
    private static partial Regex Measure();
}
