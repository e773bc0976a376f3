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
        WhichBody().Match(question) is { Success: true } m ? m.Groups["kind"].Value.ToLowerInvariant() : null;

    /// <summary>True when the text names a body of that kind: capitalised words before the kind, itself capitalised
    /// ("Diverse Academies Trust"), not only "the Trust".</summary>
    public static bool IsNamedIn(string text, string kind) =>
        Regex.IsMatch(text, $@"\b(?!(?:The|A|An|This|That|Our|Their|Each|Every|Any)\b)[A-Z][\w'&-]*(?:\s+(?:of|for|and|&|the)?\s*[A-Z][\w'&-]*)*\s+{char.ToUpperInvariant(kind[0])}{Regex.Escape(kind[1..])}s?\b");

    [GeneratedRegex(@"\b(which|what)\s+(\w+\s+){0,2}(?<kind>trust|partnership|academy|college|university|hospital|foundation)\b(?!\s+(tax|funding|meeting|report|decision|budget|policy|plan|strategy|officers?|members?|staff))", RegexOptions.IgnoreCase)]
    private static partial Regex WhichBody();
}
