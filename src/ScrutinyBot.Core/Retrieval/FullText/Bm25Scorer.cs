namespace ScrutinyBot.Core.Retrieval.FullText;

/// <summary>Scores chunks for a query by BM25 exactly as SQLite's FTS5 bm25() does with this store's column weights
/// (part title 4, item title 3, text 1, committee 1.5), so every engine ranks the same matches the same way: per query
/// phrase, its inverse document frequency log((N − n + ½) / (n + ½)) (at least 1e-6) times (f·(k1+1)) / (f + k1·(1 − b
/// + b·|D| / avgdl)), where f is the phrase's weighted count of occurrences in the chunk, |D| the chunk's tokens and
/// avgdl the store's average; k1 = 1.2, b = 0.75. Higher is better.</summary>
public sealed class Bm25Scorer
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private static readonly double[] Weights = [4.0, 3.0, 1.0, 1.5];

    private readonly List<string[]> _phrases;
    private readonly double[] _idf;
    private readonly double _averageTokens;

    /// <param name="phrases">The query's terms and phrases (each may hold several words).</param>
    /// <param name="documentFrequencies">How many chunks hold each phrase.</param>
    /// <param name="chunkCount">How many chunks the store holds.</param>
    /// <param name="averageTokens">The average number of tokens of a chunk, all columns together.</param>
    public Bm25Scorer(IReadOnlyList<string> phrases, Func<string, int> documentFrequencies, int chunkCount, double averageTokens)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        ArgumentNullException.ThrowIfNull(documentFrequencies);
        _phrases = [.. phrases.Select(p => FullTextTokenizer.Tokens(p).ToArray())];
        _idf = [.. phrases.Select(p => Idf(chunkCount, documentFrequencies(p)))];
        _averageTokens = averageTokens > 0 ? averageTokens : 1.0;
    }

    /// <summary>The chunk's score, or null when it holds none of the phrases (full text would not have matched it).</summary>
    public double? Score(FullTextDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        string?[] texts = [document.PartTitle, document.ItemTitle, document.Text, document.Committee];
        var columns = texts.Select(FullTextTokenizer.Tokens).ToArray();
        var length = columns.Sum(c => c.Count);
        var score = 0.0;
        var matched = false;
        for (var p = 0; p < _phrases.Count; p++)
        {
            var frequency = 0.0;
            for (var c = 0; c < columns.Length; c++)
            {
                frequency += Weights[c] * Occurrences(columns[c], _phrases[p]);
            }

            if (frequency > 0)
            {
                matched = true;
                score += _idf[p] * (frequency * (K1 + 1)) / (frequency + (K1 * (1 - B + (B * length / _averageTokens))));
            }
        }

        return matched ? score : null;
    }

    /// <summary>True when the tokens hold the phrase (its tokens in a row).</summary>
    public static bool Contains(IReadOnlyList<string> tokens, IReadOnlyList<string> phrase) => Occurrences(tokens, phrase) > 0;

    private static double Idf(int chunkCount, int frequency)
    {
        var idf = Math.Log((chunkCount - frequency + 0.5) / (frequency + 0.5));
        return idf <= 0 ? 1e-6 : idf;
    }

    private static int Occurrences(IReadOnlyList<string> tokens, IReadOnlyList<string> phrase)
    {
        if (phrase.Count == 0)
        {
            return 0;
        }

        var count = 0;
        for (var i = 0; i + phrase.Count <= tokens.Count; i++)
        {
            var j = 0;
            while (j < phrase.Count && string.Equals(tokens[i + j], phrase[j], StringComparison.Ordinal))
            {
                j++;
            }

            count += j == phrase.Count ? 1 : 0;
        }

        return count;
    }
}
