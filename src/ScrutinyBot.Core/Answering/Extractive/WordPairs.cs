using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>Pairs of the question's words that stand next to each other in a text ("council tax", "tax
/// requirement"): a sentence with "council tax" and "requirement" apart holds the words but not the thing asked.</summary>
public static class WordPairs
{
    public static HashSet<string> Of(string text, IReadOnlyDictionary<string, double> questionStems)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        string? previous = null;
        foreach (var token in TextTerms.Tokenize(text))
        {
            var stem = TextTerms.Stem(token);
            var asked = questionStems.ContainsKey(stem);
            if (asked && previous is not null)
            {
                pairs.Add(previous + " " + stem);
            }

            previous = asked ? stem : null;
        }

        return pairs;
    }
}
