namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>Two words of the question that papers may write as one ("on site" is a paper's "onsite", "child care" its
/// "childcare", "well being" its "wellbeing"): each pair of neighbouring words, joined. Only a joined word the papers
/// use counts (the retriever asks the index); a text holding it covers the pair's content words, as a text holding a
/// name's initials covers the name (<see cref="SpelledOutName"/>).</summary>
public static class ClosedCompounds
{
    private const int MinPart = 2;

    public static IReadOnlyList<SpelledOutName> Of(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var tokens = TextTerms.Tokenize(question);
        var compounds = new List<SpelledOutName>();
        for (var i = 1; i < tokens.Count; i++)
        {
            var (first, second) = (tokens[i - 1], tokens[i]);
            if (first.Length < MinPart || second.Length < MinPart || !first.All(char.IsLetter) || !second.All(char.IsLetter))
            {
                continue;
            }

            var stems = new[] { first, second }.Where(w => !StopWords.Contains(w)).Select(TextTerms.Stem).ToList();
            if (stems.Count > 0)
            {
                compounds.Add(new SpelledOutName(first + second, stems, first + " " + second) { Joined = true });
            }
        }

        return compounds;
    }
}
