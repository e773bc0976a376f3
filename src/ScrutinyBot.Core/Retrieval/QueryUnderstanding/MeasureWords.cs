namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>The adjective after "how" names the measure asked for, not the topic: "how long has the council got",
/// "how big is the gap", "how soon must it reply". Papers answer with the figure ("within 70 working days", "£151.2m")
/// and rarely the adjective, so kept as a key word it would be a rare word every answer lacks. The same holds for the
/// noun after "what" or "which" that names a point in time ("what date did …", "which year"): papers give the date; and
/// for the noun that names a share ("what percentage of …", "what proportion"): papers give "9.1%". A noun that
/// counts or sorts what follows "of" ("which sets of minutes", "what kinds of support") names no topic either: papers
/// list the minutes or the support.</summary>
public static class MeasureWords
{
    /// <summary>English adjectives and adverbs of degree that follow "how" in a measure question.</summary>
    private static readonly HashSet<string> Measures = new(StringComparer.Ordinal)
    {
        "long", "big", "large", "far", "often", "soon", "old", "high", "low", "quick", "quickly", "fast", "late", "early",
        "frequently", "wide", "small", "close", "near", "recent", "recently",
    };

    private static readonly HashSet<string> TimeNouns = new(StringComparer.Ordinal) { "date", "day", "month", "year" };

    private static readonly HashSet<string> ShareNouns = new(StringComparer.Ordinal) { "percentage", "percent", "proportion" };

    private static readonly HashSet<string> ClassifierNouns = new(StringComparer.Ordinal)
    {
        "set", "sets", "kind", "kinds", "type", "types", "sort", "sorts", "piece", "pieces",
    };

    /// <summary>True for a noun that, after "what" or "which", asks for a point in time or a share or sorts what follows,
    /// not for a thing's name.</summary>
    public static bool NamesNoThing(string noun) => TimeNouns.Contains(noun) || ShareNouns.Contains(noun) || ClassifierNouns.Contains(noun);

    /// <summary>The tokens (lower case, in order) without a measure word that directly follows "how", or a time noun,
    /// share noun or classifier noun (before "of") that directly follows "what" or "which".</summary>
    public static IEnumerable<string> Without(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var before = i == 0 ? null : tokens[i - 1];
            var measure = before == "how" && Measures.Contains(tokens[i]);
            var pointInTime = before is "what" or "which" && (TimeNouns.Contains(tokens[i]) || ShareNouns.Contains(tokens[i]));
            var classifier = before is "what" or "which" && ClassifierNouns.Contains(tokens[i]) && i + 1 < tokens.Count && tokens[i + 1] == "of";
            if (!measure && !pointInTime && !classifier)
            {
                yield return tokens[i];
            }
        }
    }
}
