namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>The particle of a phrasal verb ("sending round", "carried out", "signed up", "come back") is part of the
/// verb, not a word the papers must hold: they write "circulated", "undertaken", "joined", "return". Kept as a key
/// word, a rare particle such as "round" outweighs the rest of the question.</summary>
public static class PhrasalParticles
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "round", "around", "out", "up", "back", "over", "off", "through", "along", "forward", "down", "away",
    };

    /// <summary>Verbs people use with a particle whose form does not show them as verbs (no -ed or -ing).</summary>
    private static readonly HashSet<string> BareVerbs = new(StringComparer.Ordinal)
    {
        "send", "sent", "get", "got", "set", "sign", "follow", "carry", "hand", "handed", "look", "pass", "put", "take", "took", "taken",
        "bring", "brought", "come", "came", "go", "went", "check", "pick", "point", "find", "found", "turn", "write", "wrote", "written",
        "give", "gave", "given", "sort", "roll", "report", "feed", "fed", "hear", "heard", "call", "draw", "drew", "drawn", "run", "ran",
    };

    /// <summary>The tokens (lower case, in order) without the particles that follow a verb.</summary>
    public static IEnumerable<string> Without(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            // "round of consultation", "out of area": a noun or a preposition, not a particle.
            var beforeOf = i + 1 < tokens.Count && tokens[i + 1] == "of";
            if (i == 0 || beforeOf || !Particles.Contains(tokens[i]) || !IsVerb(tokens[i - 1]))
            {
                yield return tokens[i];
            }
        }
    }

    private static bool IsVerb(string word) =>
        BareVerbs.Contains(word) || (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal)) || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal));
}
