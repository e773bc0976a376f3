using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>The outside body a question asks to have replied: "has Notts Police replied…", "did NHS England
/// respond…", "what did Ministers reply…". A tracker's response column holds what the executive and its officers
/// did with a recommendation; it is a reply from another body only where it names that body.</summary>
public static partial class NamedResponder
{
    /// <summary>The bodies whose answer the tracker's response column is: a question asking whether they replied
    /// asks for that column.</summary>
    private static readonly HashSet<string> Executive = new(StringComparer.OrdinalIgnoreCase)
    {
        "council", "cabinet", "executive", "mayor", "leader", "member", "members", "officer", "officers", "holder",
        "portfolio", "department", "directorate", "service", "services", "administration", "authority",
    };

    /// <summary>The capitalised name of the body asked to have replied, or null when the question names none or
    /// names the executive.</summary>
    public static string? Of(string question)
    {
        var m = Replier().Match(question);
        if (!m.Success)
        {
            return null;
        }

        var words = m.Groups["who"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => Executive.Contains(w) || Executive.Contains(w.TrimEnd('\'', 's')))
            ? null
            : string.Join(' ', words);
    }

    /// <summary>Words of a body's name this short ("Notts") may be its short form.</summary>
    private const int ShortFormLength = 5;

    /// <summary>True when the text names the body: each of its words appears in it whole ("Nottinghamshire" is not
    /// named by "Nottingham"); a short form ("Notts") by a word that starts with its first four letters.</summary>
    public static bool IsNamedIn(string responder, string text) =>
        responder.Split(' ').All(word => Regex.IsMatch(text, word.Length > ShortFormLength
            ? $@"\b{Regex.Escape(word)}\b"
            : $@"\b{Regex.Escape(word.Length > 4 ? word[..4] : word)}", RegexOptions.IgnoreCase));

    // A run of capitalised words (an acronym counts) before a reply verb, after "has/have/did/if/whether" or in
    // "what did X say/reply": the body the question asks about.
    [GeneratedRegex(@"\b(?i:has|have|had|did|do|does|if|whether)\s+(?:the\s+)?(?<who>(?:[A-Z][\w'&-]*\s+){0,3}[A-Z][\w'&-]*)\s+(?:(?:has|have|had|did|do|does)\s+)?(?:ever\s+|yet\s+|actually\s+)?(?:replied|responded|reply|respond|written\s+back|wrote\s+back|got\s+back|get\s+back|say\s+in\s+(?:reply|response))\b")]
    private static partial Regex Replier();
}
