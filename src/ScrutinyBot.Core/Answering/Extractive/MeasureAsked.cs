using System.Text.RegularExpressions;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>"What's the school attendance rate?" asks for the rate of one thing, named by the word before "rate" (or
/// "rise", "increase") or after "rate for" ("the hourly rate for a community warden"): a sentence giving a rate, a
/// percentage or a number of something else ("45% of pupils … obtained 9-5 grades", "the reoffending binary rate …
/// 19.2%") does not answer it unless it, or the sentences it goes on from, names that thing.</summary>
public sealed partial class MeasureAsked
{
    /// <summary>The measured thing's word as the papers' words are read ("re-referral" is "re" and "referral"), without
    /// stop words; empty when no measure is asked.</summary>
    private readonly List<string> _stems = [];

    /// <summary>The letters of a name the question counts or sums by them ("how much CIL income", "how many FTE"),
    /// lower case; named by the letters or by the name written out.</summary>
    private readonly List<string> _initialisms = [];
    private readonly Dictionary<string, bool> _named = new(StringComparer.Ordinal);

    public MeasureAsked(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        foreach (var match in new[] { Measure().Match(question), MeasureOf().Match(question) }.Where(m => m.Success))
        {
            _stems.AddRange(TextTerms.Tokenize(match.Groups["what"].Value).Where(t => t.Length > 2 && !StopWords.Contains(t)).Select(TextTerms.Stem));
        }

        if (CountedInitialism().Match(question) is { Success: true } counted)
        {
            _initialisms.Add(counted.Groups["what"].Value.ToLowerInvariant());
        }
    }

    /// <summary>True when no measure is asked, or the texts name it (by its stems or words of the same meaning).</summary>
    public bool IsNamedIn(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (_stems.Count == 0 && _initialisms.Count == 0)
        {
            return true;
        }

        return texts.Any(Names);
    }

    /// <summary>Whether one sentence names the measured thing; read once per sentence, as the windows of a question's
    /// candidates overlap.</summary>
    private bool Names(string text)
    {
        if (!_named.TryGetValue(text, out var named))
        {
            var stems = CoverageCalculator.Stems(text);
            named = _stems.All(stem => CoverageCalculator.Contains(stems, stem) || Synonyms.For(stem).Any(s => CoverageCalculator.Contains(stems, s)))
                && _initialisms.All(letters => CoverageCalculator.Contains(stems, letters) || Initialisms.Spells(Initialisms.Letters(text), letters));
            _named[text] = named;
        }

        return named;
    }

    /// <summary>A lower-case word before the measure noun: a capitalised one names a place or body ("Kent's rate",
    /// "the Ofsted rate"), which other checks read.</summary>
    [GeneratedRegex(@"\b(?<what>[a-z][a-z-]{2,})\s+(rate|rates|percentage|proportion|rise|increase|uplift)\b")]
    private static partial Regex Measure();

    /// <summary>"How much CIL income…", "how many FTE/staff…", "how many extra SEND places…": the thing counted, written in
    /// capitals within two words of "how much" or "how many".</summary>
    [GeneratedRegex(@"\b(?i:how\s+(much|many))\s+([a-z]+\s+)?(?<what>[A-Z]{3,5})(?![\w'])")]
    private static partial Regex CountedInitialism();

    /// <summary>The lower-case words naming whom a rate is for: "the hourly rate for a KCC community warden" is the
    /// wardens' rate, not the council's minimum hourly rate.</summary>
    [GeneratedRegex(@"\b(rate|rates)\s+for\s+(an?\s+|the\s+)?([A-Z][\w&’'-]*\s+)*(?<what>[a-z][a-z-]{2,}(\s+[a-z][a-z-]{2,})?)")]
    private static partial Regex MeasureOf();
}
