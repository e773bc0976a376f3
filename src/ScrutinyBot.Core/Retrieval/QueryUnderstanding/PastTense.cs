using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>Whether a question (or a sentence) tells of what was: "what grade did Ofsted give", "what time was it",
/// "were there apologies", or a subject and its verb in the past: "what date we sent the plan", "when they agreed it".</summary>
public static partial class PastTense
{
    public static bool In(string text) => Auxiliary().IsMatch(text) || SubjectAndPastVerb().IsMatch(text);

    [GeneratedRegex(@"\b(did|was|were|had)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Auxiliary();

    /// <summary>A pronoun and a past verb: a regular one ("we submitted") or one of the common irregular ones.</summary>
    [GeneratedRegex(@"\b(we|they|i|he|she|it|you)\s+(\w{3,}ed|sent|went|got|gave|made|took|wrote|told|said|met|held|paid|began|came|found|chose|spent|set up|put)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectAndPastVerb();
}
