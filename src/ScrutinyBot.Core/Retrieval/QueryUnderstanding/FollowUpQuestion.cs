using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>A question that asks a second thing after a dash or a question mark: "what did full council resolve on
/// the white paper on 9 Jan - was anything added to the leader's recommendations?". The second question's words are
/// not the first one's subject, so a lookup by subject is tried with the first question's words alone.</summary>
public static partial class FollowUpQuestion
{
    /// <summary>The first question, or null when the question asks one thing.</summary>
    public static string? First(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var match = Split().Match(question.Trim());
        return match.Success ? match.Groups["first"].Value : null;
    }

    [GeneratedRegex(@"^(?<first>.{15,}?)(?:\s[-\u2013\u2014]\s|\?\s+)(?<second>\w.{5,})$")]
    private static partial Regex Split();
}
