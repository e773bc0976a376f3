namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>The words of a question that only set the scene. People ask, then add what they remember: "what % of the
/// funding comes from the police? the cttee wrote to the Chief Constable about it", "why were reviews running late?
/// came up in the Q2 discussion". What follows the last question mark is context: it helps find the passage, but the
/// answer need not repeat it. (Only the text after a question mark is read so: a full stop may end an abbreviation,
/// "Cllr. Smith", as well as a sentence.)</summary>
public static class ContextClauses
{
    /// <returns>Stems used only after the last question mark; empty when nothing but the question is asked.</returns>
    public static IReadOnlySet<string> Stems(string question)
    {
        var last = question.LastIndexOf('?');
        if (last <= 0 || last == question.Length - 1)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        var context = Stemmed(question[(last + 1)..]);
        context.ExceptWith(Stemmed(question[..last]));
        return context;
    }

    private static HashSet<string> Stemmed(string text) =>
        TextTerms.Tokenize(text).Where(t => !StopWords.Contains(t)).Select(TextTerms.Stem).ToHashSet(StringComparer.Ordinal);
}
