using System.Collections.Frozen;

namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>Words that carry no content in a question: question words, auxiliaries, pronouns, filler, light verbs.</summary>
public static class StopWords
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "anyone", "anything",
        "are", "as", "at", "back", "be", "been", "before", "being", "between", "both", "but", "by", "can", "come", "comes",
        "could", "came", "council", "councils", "did", "do", "end", "beginning", "does", "doing", "done", "during", "each", "else", "ever", "every", "for", "from", "get",
        "gets", "getting", "give", "given", "go", "goes", "going", "gone", "got", "had", "has", "have", "having", "he", "her", "here",
        "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "it's", "just", "know", "let", "like",
        "many", "me", "more", "most", "much", "must", "my", "now", "of", "off", "on", "once", "only", "or", "other",
        "our", "ours", "out", "over", "own", "please", "same", "she", "should", "show", "so", "some", "such", "tell",
        "than", "that", "that's", "the", "their", "theirs", "them", "then", "there", "there's", "these", "they", "this",
        "those", "through", "to", "too", "under", "until", "up", "us", "very", "via", "was", "we", "were", "what",
        "what's", "whats", "when", "when's", "where", "where's", "which", "while", "who", "who's", "whom", "whose",
        "why", "will", "with", "would", "you", "your", "yours", "s", "t", "d", "ll", "re", "ve", "isn't", "wasn't",
        "weren't", "didn't", "doesn't", "don't", "say", "says", "said", "happened", "happen", "being", "latest", "current",
        "currently", "now", "yet", "anybody", "someone", "thing", "things", "one", "ones", "way", "kind", "lot",
        "whether", "think", "want", "need", "make", "made", "put", "see", "look", "find", "tell", "find", "info",
        // Contractions typed without the apostrophe, as chat does ("whos chairman", "wasnt there").
        "whos", "wheres", "whens", "hows", "thats", "theres", "isnt", "wasnt", "werent", "didnt", "doesnt", "dont",
        "arent", "hasnt", "havent", "hadnt", "cant", "wont", "couldnt", "wouldnt", "shouldnt",
        // Light verbs: "which visits have been carried out / undertaken / taken place" asks about the visits, "who gave
        // apologies" about the apologies.
        "carry", "carried", "carrying", "undertake", "undertaken", "undertook", "take", "taken", "took", "takes",
        "give", "gave", "given", "gives", "giving",
        // The rest of "go" (go, goes, going, gone are above): "when the plans went out" asks about the plans.
        "went",
        // "Per the report", "what the report flags / mentions": where the answer is written, not what it is about.
        "per", "flag", "flags", "flagged", "mention", "mentions", "mentioned",
        // "What is the contract worth": the kind of answer (a value), which papers write as the figure itself.
        "worth",
        // Prepositions of time, as "after" and "during" above: "following the 2022 report" asks what came after it.
        "following",
        // Hedges and emphasis: "when did they actually inspect?" asks when they inspected.
        "actually", "really", "exactly", "basically", "definitely", "honestly", "literally",
        // How precise the answer should be, not what it is about: "the exact date", "roughly how much".
        "exact", "precise", "precisely", "roughly", "approximately", "approximate", "ballpark",
        // "Meant to" and "supposed to" say a plan, not a topic: "what time is it meant to wrap up?".
        "meant", "supposed",
        // What officers call any report: "the January improvement paper" is found by "improvement"; papers rarely call
        // themselves papers, so the word would otherwise count as rare and required.
        "paper", "papers",
        // Prepositions the list above lacked: "made it onto the programme" asks about the programme.
        "onto", "upon", "within", "towards", "toward",
        // Reflexive pronouns: "after G&A itself" points back at a name already asked about.
        "itself", "themselves", "himself", "herself", "myself", "ourselves", "yourself",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True for the words above and for every negated auxiliary ("hadn't", "won't", "couldn't"): a closed
    /// class of function words, however the question shortens them.</summary>
    public static bool Contains(string word) => Words.Contains(word) || IsNegatedAuxiliary(word) || IsContractedStopWord(word);

    /// <summary>"who'd", "they'll", "we're", "should've": a stop word with its auxiliary run on.</summary>
    private static bool IsContractedStopWord(string word)
    {
        var at = word.IndexOfAny(['\'', '\u2019']);
        return at > 0 && word[(at + 1)..] is "d" or "ll" or "re" or "ve" or "m" && Words.Contains(word[..at]);
    }

    private static bool IsNegatedAuxiliary(string word) =>
        word.Length > 3 && (word.EndsWith("n't", StringComparison.Ordinal) || word.EndsWith("n\u2019t", StringComparison.Ordinal));
}
