using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>"post-ILACS action plan", "post-inspection": "post" joined to a name says after it, and the papers rarely
/// write it so ("the action plan … following the inspection"), so kept as a word it would be a rare word every answer
/// lacks ("post" also matches "post-16 education"). Before a number it names an age or a year ("post-16") and stays;
/// "pre-" makes nouns of its own ("a pre-brief", "pre-application advice") and stays too.</summary>
public static partial class PostPrefix
{
    public static string Without(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return Prefix().Replace(question, string.Empty);
    }

    [GeneratedRegex(@"\bpost-(?=[A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();
}
