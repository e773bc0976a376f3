using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>The second question a question ends with: "which committee looked at the plan before Cabinet, and when?",
/// "what are the receipts used for, and how much?", "where's cabinet on 30 Jan and who's the contact for it?".</summary>
public static partial class SecondQuestion
{
    /// <summary>The second question on its own ("when?", "how much?", "when is it meant to move over?", "where was it
    /// coming from?"), or null when the question asks one thing.</summary>
    public static string? Of(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var match = Trailing().Match(question);
        return match.Success ? match.Groups["second"].Value.Trim() : null;
    }

    [GeneratedRegex(@"\S.{10,}?(,\s*|\s)and\s+(?<second>(when|where|why|how|who|what|which)\b[^?]*\??)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Trailing();
}
