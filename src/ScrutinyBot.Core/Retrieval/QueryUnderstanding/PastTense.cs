using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>Whether a question (or a sentence) tells of what was: "what grade did Ofsted give", "what time was it",
/// "were there apologies".</summary>
public static partial class PastTense
{
    public static bool In(string text) => Auxiliary().IsMatch(text);

    [GeneratedRegex(@"\b(did|was|were|had)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Auxiliary();
}
