namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>A name the question writes in full whose initials a paper may use instead: "treasury management group"
/// is the paper's "TMG", "revenue support grant" its "RSG". Papers define a name's letters once and use them after;
/// people ask by the name. (The other way round, letters asked and the name written, is <see cref="Initialisms"/>.)
/// Only a name the papers write both ways counts (the retriever asks the index, <see cref="QueryAnalysis.SpelledOut"/>):
/// most runs of a question's words spell nothing ("notts county children" is not the papers' "NCC"). Two neighbouring
/// words a paper writes as one ("on site" as "onsite", <see cref="ClosedCompounds"/>) are a name written short the same
/// way (<see cref="Joined"/>).</summary>
/// <param name="Letters">The initials, lower case ("tmg").</param>
/// <param name="Stems">The stems of the name's words, which a text holding the letters covers.</param>
/// <param name="Words">The name as the question writes it ("treasury management group"), joining words and all.</param>
public sealed record SpelledOutName(string Letters, IReadOnlyList<string> Stems, string Words)
{
    /// <summary>True when <see cref="Letters"/> is the words written as one (<see cref="ClosedCompounds"/>), which a
    /// text holds as a word with its endings ("onsite" is the stem "onsit").</summary>
    public bool Joined { get; init; }

    /// <summary>True when the question asks by the letters and a paper defines them by the name ("Child Protection
    /// (CP)"): a text writing the name covers the letters, the other way round from the rest.</summary>
    public bool Defined { get; init; }

    /// <summary>A name the question asks by its letters, as a paper defines them.</summary>
    public static SpelledOutName DefinedBy(string letters, string name) =>
        new(letters, TextTerms.Tokenize(name).Select(TextTerms.Stem).ToList(), name) { Defined = true };

    /// <summary>The stem a text holds when it writes the name this way.</summary>
    public string WrittenStem => Joined ? TextTerms.Stem(Letters) : Letters;

    private const int MinWords = 3;
    private const int MaxWords = 5;

    /// <summary>Every run of three to five consecutive content words of the question (joining words such as "and" and
    /// "of" inside a run are passed over, as initialisms pass over them), with its initials.</summary>
    public static IReadOnlyList<SpelledOutName> Of(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var names = new List<SpelledOutName>();
        var run = new List<(string Word, string Joined)>();
        var joiners = new List<string>();
        foreach (var token in TextTerms.Tokenize(question).Append(string.Empty))
        {
            if (run.Count > 0 && Initialisms.IsJoiner(token))
            {
                joiners.Add(token);
                continue;
            }

            if (token.Length > 0 && char.IsLetter(token[0]) && !StopWords.Contains(token))
            {
                run.Add((token, string.Join(' ', joiners.Append(token))));
                joiners.Clear();
                continue;
            }

            AddRuns(names, run);
            run.Clear();
            joiners.Clear();
        }

        return names;
    }

    private static void AddRuns(List<SpelledOutName> names, List<(string Word, string Joined)> run)
    {
        for (var start = 0; start < run.Count; start++)
        {
            for (var count = MinWords; count <= MaxWords && start + count <= run.Count; count++)
            {
                var words = run.GetRange(start, count);
                var written = string.Join(' ', words.Select((w, i) => i == 0 ? w.Word : w.Joined));
                names.Add(new SpelledOutName(string.Concat(words.Select(w => w.Word[0])), words.Select(w => TextTerms.Stem(w.Word)).ToList(), written));
            }
        }
    }
}
