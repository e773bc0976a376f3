using System.Text.RegularExpressions;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>"Which model of the determinants of health has KCC adopted?" asks for a name: papers give it as capitalised
/// words before the kind's noun ("the Robert Wood Johnson model", "the Kent Pay Scheme"). A sentence that names one
/// answers better than one that only repeats the question's other words.</summary>
public static partial class NamedKind
{
    /// <returns>The noun after "which" or "what" that the question asks a name of ("model"), or null.</returns>
    public static string? Asked(string question) =>
        WhichKind().Match(question) is { Success: true } m && m.Groups["kind"].Value.ToLowerInvariant() is var kind
            && !MeasureWords.NamesNoThing(kind) && !NotAKind.Contains(kind)
            ? kind
            : null;

    /// <summary>True when the sentence names a thing of the kind: capitalised words, not a determiner or pronoun, right
    /// before the noun in either case.</summary>
    public static bool IsNamedIn(string sentence, string kind) =>
        Regex.IsMatch(sentence, $@"\b(?!(?:The|These|This|That|Those|A|An|Our|Their|Its|It|We|They|Each|Every|Any|In|On|At|For|Under|Within|With)\b)[A-Z][\w'&-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w'&-]*)*\s+(?i:{Regex.Escape(kind)})s?\b");

    /// <summary>Words after "what" that ask for a figure, a time or a manner, besides those <see cref="MeasureWords"/>
    /// knows (a date, a share, a sort of thing).</summary>
    private static readonly HashSet<string> NotAKind = new(StringComparer.Ordinal)
    {
        "time", "number", "amount", "sum", "share", "else", "exactly", "other", "way", "level",
    };

    [GeneratedRegex(@"\b(which|what)\s+(?!(?:is|was|are|were|did|do|does|has|have|had|will|would|can|could|should|the|a|an)\b)(?<kind>[a-z][a-z-]{2,})\s+(?=(of|is|was|are|were|has|have|had|did|does|do|will|would)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex WhichKind();
}
