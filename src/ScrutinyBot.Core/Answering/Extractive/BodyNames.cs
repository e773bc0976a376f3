using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>"Which academy trust runs the school?": the answer is a body's name, and
/// bodies of these kinds carry the kind in their names ("Diverse Academies Trust", "Bassetlaw Hospital"). Papers that
/// say "an academy trust has been appointed" without naming it do not answer the question. Councils are not among the
/// kinds: papers name them by their place ("we work closely with Lincolnshire").</summary>
public static partial class BodyNames
{
    /// <returns>The kind of body asked for ("trust"), or null when the question does not ask "which/what &lt;body&gt;".</returns>
    public static string? AskedKind(string question) =>
        WhichBody().Match(question) is { Success: true } m ? Singular(m.Groups["kind"].Value.ToLowerInvariant()) : null;

    /// <summary>"academies" is asked as "academy", "schools" as "school".</summary>
    private static string Singular(string kind) =>
        kind.EndsWith("ies", StringComparison.Ordinal) ? kind[..^3] + "y" : kind.EndsWith('s') && !kind.EndsWith("ss", StringComparison.Ordinal) ? kind[..^1] : kind;

    /// <summary>True when the text names a body of that kind: capitalised words before the kind, itself capitalised
    /// ("Diverse Academies Trust"), not only "the Trust"; the kind ends the name ("the Special School Review" names a
    /// review).</summary>
    public static bool IsNamedIn(string text, string kind) =>
        Regex.IsMatch(text, $@"\b(?!(?:The|A|An|This|That|Our|Their|Each|Every|Any)\b)[A-Z][\w'&-]*(?:\s+(?:of|for|and|&|the)?\s*[A-Z][\w'&-]*)*\s+({string.Join('|', NamesOf(kind))})s?\b(?!\s+[A-Z][a-z])");

    /// <summary>The words a body of the kind ends its name with: a school may be an academy or a college by name
    /// ("Foxwood Academy", "Bower Grove School").</summary>
    private static IEnumerable<string> NamesOf(string kind) =>
        (kind == "school" ? ["school", "academy", "college"] : new[] { kind }).Select(k => char.ToUpperInvariant(k[0]) + Regex.Escape(k[1..]));

    // "What was the partnership board asked to do?" asks no body's name: "which" or "what" is the kind's determiner,
    // not a verb's object. The kind is the noun asked about, so a verb, a preposition or the question's end follows it:
    // "which free school bids got approved?" asks for bids and "what trust funding is left?" for money, while "which
    // schools are getting the places?" asks for schools.
    [GeneratedRegex(@"\b(which|what)\s+(?!(is|was|are|were|did|do|does|has|have|had|will|would|can|could|should)\b)(\w+\s+){0,2}(?<kind>trusts?|partnerships?|academy|academies|colleges?|university|universities|hospitals?|foundations?|schools?)\b(?=\s+(is|are|was|were|will|would|has|have|had|did|do|does|got|get|gets|getting|runs?|ran|running|leads?|led|manages?|managed|provides?|provided|won|in|on|at|that|to|for|from|with)\b|\s*[?,.]|\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex WhichBody();
}
